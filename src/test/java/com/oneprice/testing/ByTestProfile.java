package com.oneprice.testing;

import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * Test classes without a profile first, then those of each {@link TestProfile} together, by name within each. Quarkus
 * groups its in-process tests by profile itself, but not the {@code *IT} twins, which inherit their profile from the
 * class they extend: without this the packaged jar would be restarted at every change of profile in name order.
 * Quarkus's class orderer runs this first and keeps its order within each of its groups
 * (junit.quarkus.orderer.secondary-orderer in application.properties).
 */
public class ByTestProfile implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor descriptor) -> profile(descriptor.getTestClass()))
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static String profile(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getSuperclass()) {
            TestProfile profile = c.getAnnotation(TestProfile.class);
            if (profile != null) {
                return profile.value().getName();
            }
        }
        return "";
    }
}
