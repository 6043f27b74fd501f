package com.oneprice.platform.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StrictJsonTest} against the packaged jar. */
@QuarkusIntegrationTest
class StrictJsonIT extends StrictJsonTest {
}
