package com.oneprice.platform;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PublicReadTest} against the packaged jar. */
@QuarkusIntegrationTest
class PublicReadIT extends PublicReadTest {
}
