package com.oneprice.platform.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StorableTextTest} against the packaged jar. */
@QuarkusIntegrationTest
class StorableTextIT extends StorableTextTest {
}
