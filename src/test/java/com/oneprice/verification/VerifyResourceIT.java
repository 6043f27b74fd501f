package com.oneprice.verification;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link VerifyResourceTest} against the packaged jar. */
@QuarkusIntegrationTest
class VerifyResourceIT extends VerifyResourceTest {
}
