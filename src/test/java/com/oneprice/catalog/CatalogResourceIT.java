package com.oneprice.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CatalogResourceTest} against the packaged jar. */
@QuarkusIntegrationTest
class CatalogResourceIT extends CatalogResourceTest {
}
