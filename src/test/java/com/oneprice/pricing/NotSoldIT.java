package com.oneprice.pricing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link NotSoldTest} against the packaged jar. */
@QuarkusIntegrationTest
class NotSoldIT extends NotSoldTest {
}
