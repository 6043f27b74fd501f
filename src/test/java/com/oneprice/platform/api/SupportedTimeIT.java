package com.oneprice.platform.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SupportedTimeTest} against the packaged jar. */
@QuarkusIntegrationTest
class SupportedTimeIT extends SupportedTimeTest {
}
