package com.oneprice.pricing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PricesResourceTest} against the packaged jar. */
@QuarkusIntegrationTest
class PricesResourceIT extends PricesResourceTest {
}
