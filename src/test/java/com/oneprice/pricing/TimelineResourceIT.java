package com.oneprice.pricing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TimelineResourceTest} against the packaged jar. */
@QuarkusIntegrationTest
class TimelineResourceIT extends TimelineResourceTest {
}
