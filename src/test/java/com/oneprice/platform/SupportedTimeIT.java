package com.oneprice.platform;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SupportedTimeTest} against the packaged jar. */
@QuarkusIntegrationTest
class SupportedTimeIT extends SupportedTimeTest {
}
