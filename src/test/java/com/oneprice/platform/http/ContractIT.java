package com.oneprice.platform.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ContractTest} against the packaged jar. */
@QuarkusIntegrationTest
class ContractIT extends ContractTest {
}
