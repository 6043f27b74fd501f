package com.oneprice.quotes;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link QuoteResourceTest} against the packaged jar. */
@QuarkusIntegrationTest
class QuoteResourceIT extends QuoteResourceTest {
}
