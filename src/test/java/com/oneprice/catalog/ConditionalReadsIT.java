package com.oneprice.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ConditionalReadsTest} against the packaged jar. */
@QuarkusIntegrationTest
class ConditionalReadsIT extends ConditionalReadsTest {
}
