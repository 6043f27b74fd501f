package com.oneprice.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PriceImportTest} against the packaged jar. */
@QuarkusIntegrationTest
class PriceImportIT extends PriceImportTest {
}
