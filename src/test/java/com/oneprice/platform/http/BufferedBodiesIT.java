package com.oneprice.platform.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BufferedBodiesTest} against the packaged jar. */
@QuarkusIntegrationTest
class BufferedBodiesIT extends BufferedBodiesTest {
}
