package com.oneprice.platform.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RateLimitsTest} against the packaged jar. */
@QuarkusIntegrationTest
class RateLimitsIT extends RateLimitsTest {
}
