package com.oneprice.platform;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StrictJsonTest} against the packaged jar. */
@QuarkusIntegrationTest
class StrictJsonIT extends StrictJsonTest {
}
