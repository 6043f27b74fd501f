package com.oneprice.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ServiceSearchTest} against the packaged jar. */
@QuarkusIntegrationTest
class ServiceSearchIT extends ServiceSearchTest {
}
