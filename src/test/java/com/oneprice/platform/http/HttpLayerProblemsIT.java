package com.oneprice.platform.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HttpLayerProblemsTest} against the packaged jar. */
@QuarkusIntegrationTest
class HttpLayerProblemsIT extends HttpLayerProblemsTest {
}
