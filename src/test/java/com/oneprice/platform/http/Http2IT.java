package com.oneprice.platform.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link Http2Test} against the packaged jar. */
@QuarkusIntegrationTest
class Http2IT extends Http2Test {
}
