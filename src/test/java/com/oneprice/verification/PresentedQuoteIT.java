package com.oneprice.verification;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PresentedQuoteTest} against the packaged jar. */
@QuarkusIntegrationTest
class PresentedQuoteIT extends PresentedQuoteTest {
}
