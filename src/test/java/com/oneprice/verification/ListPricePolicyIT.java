package com.oneprice.verification;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ListPricePolicyTest} against the packaged jar. */
@QuarkusIntegrationTest
class ListPricePolicyIT extends ListPricePolicyTest {
}
