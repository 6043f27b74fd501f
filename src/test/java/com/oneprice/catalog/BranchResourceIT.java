package com.oneprice.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BranchResourceTest} against the packaged jar. */
@QuarkusIntegrationTest
class BranchResourceIT extends BranchResourceTest {
}
