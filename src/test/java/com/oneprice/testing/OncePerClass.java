package com.oneprice.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Data that a whole test class reads, made by whichever of its tests runs first. Not in a static {@code @BeforeAll}:
 * Quarkus points REST Assured at the service only before each test, so a request made earlier reaches nothing.
 */
public final class OncePerClass {

    private static final Set<Class<?>> MADE = ConcurrentHashMap.newKeySet();

    private OncePerClass() {
    }

    /** Runs {@code make} unless it ran to its end for {@code test}'s class already (a failed one runs again). */
    public static void once(Object test, Runnable make) {
        if (!MADE.contains(test.getClass())) {
            make.run();
            MADE.add(test.getClass());
        }
    }
}
