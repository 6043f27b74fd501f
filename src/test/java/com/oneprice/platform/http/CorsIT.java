package com.oneprice.platform.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CorsTest} against the packaged jar. */
@QuarkusIntegrationTest
class CorsIT extends CorsTest {
}
