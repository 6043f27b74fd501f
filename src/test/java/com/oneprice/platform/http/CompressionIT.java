package com.oneprice.platform.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CompressionTest} against the packaged jar. */
@QuarkusIntegrationTest
class CompressionIT extends CompressionTest {
}
