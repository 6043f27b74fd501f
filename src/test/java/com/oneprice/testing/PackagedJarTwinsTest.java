package com.oneprice.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP suite runs twice: in the test's JVM ({@code @QuarkusTest}) and against the packaged jar, by a twin
 * {@code @QuarkusIntegrationTest class FooIT extends FooTest {}} that Maven's failsafe runs after packaging. A test
 * class that needs the service's beans cannot have a twin (the jar's beans live in another process): it is listed
 * here with the reason.
 */
class PackagedJarTwinsTest {

    /** EdgeProfile's jar (TLS, HTTP/2): e2e/run checks the HTTP edge on the packaged jar instead. */
    static final String EDGE = "Quarkus's jar launcher does not find its profile's jar (TLS) listening";

    /**
     * A test profile's settings reach a jar as they reach the test's JVM, so a twin would re-check the setting alone,
     * at the cost of one more start of the jar and its tests (about a minute of CI each).
     */
    static final String PROFILE = "a profile of its own, whose setting the in-process run checks";

    static final Map<String, String> IN_PROCESS_ONLY = Map.ofEntries(
            Map.entry("com.oneprice.platform.security.VerifiedTokensTest", "it checks what the JWTParser bean remembers"),
            Map.entry("com.oneprice.verification.VerificationLogTest",
                    "it drives the VerificationLog bean, not an endpoint"),
            Map.entry("com.oneprice.pricing.SnapshotFollowsChangeLogTest",
                    "it compares the Snapshots bean with a full load"),
            Map.entry("com.oneprice.pricing.SnapshotPropagationTest",
                    "it reads the Snapshots and SnapshotLoader beans and the reload metric"),
            Map.entry("com.oneprice.quotes.IdempotencyKeysTest",
                    "it runs the hourly purge of Idempotency-Keys through its bean"),
            Map.entry("com.oneprice.platform.http.MetricRouteLabelsTest", "it reads the labels the MetricLabels bean built"),
            Map.entry("com.oneprice.platform.http.OperationsEndpointsTest", "@TestHTTPResource(management = true) does not "
                    + "find a packaged jar's management port; PackagedServiceIT checks health there"),
            Map.entry("com.oneprice.platform.problems.DatabaseOutageTest", "it cuts the database relay of its own profile's "
                    + "service; bench/faults/run takes the database away from the packaged jar"),
            Map.entry("com.oneprice.platform.http.CorsTest", EDGE),
            Map.entry("com.oneprice.platform.http.Http2Test", EDGE),
            Map.entry("com.oneprice.platform.http.RateLimitsTest", EDGE),
            Map.entry("com.oneprice.platform.security.PublicReadTest", PROFILE),
            Map.entry("com.oneprice.verification.ListPricePolicyTest", PROFILE),
            Map.entry("com.oneprice.words.DefaultLanguageTest", PROFILE));

    static final List<JavaClass> TESTS = List.copyOf(new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("com.oneprice"));

    static final Set<String> HTTP_TESTS = names(TESTS.stream().filter(c -> c.isAnnotatedWith(QuarkusTest.class)));

    static final Set<String> TWINNED = names(TESTS.stream().filter(c -> c.isAnnotatedWith(QuarkusIntegrationTest.class))
            .flatMap(c -> c.getRawSuperclass().stream()));

    @Test
    void every_http_test_class_has_a_twin_against_the_packaged_jar_or_is_listed_with_the_reason() {
        assertTrue(HTTP_TESTS.size() > 15, "only " + HTTP_TESTS.size() + " @QuarkusTest classes found");
        Set<String> missing = new TreeSet<>(HTTP_TESTS);
        missing.removeAll(TWINNED);
        missing.removeAll(IN_PROCESS_ONLY.keySet());
        assertEquals(Set.of(), missing, "give each a twin beside it (@QuarkusIntegrationTest class FooIT extends "
                + "FooTest {}) or list it in IN_PROCESS_ONLY with the reason");
    }

    @Test
    void a_class_listed_as_in_process_only_is_an_http_test_without_a_twin() {
        for (String listed : IN_PROCESS_ONLY.keySet()) {
            assertTrue(HTTP_TESTS.contains(listed), listed + " is no @QuarkusTest class");
            assertFalse(TWINNED.contains(listed), listed + " has a twin after all");
        }
    }

    private static Set<String> names(Stream<JavaClass> classes) {
        return classes.map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}
