package com.oneprice.pricing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PriceCachingTest} against the packaged jar. */
@QuarkusIntegrationTest
class PriceCachingIT extends PriceCachingTest {
}
