package com.oneprice.platform.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AuthenticationBeforeBodyTest} against the packaged jar. */
@QuarkusIntegrationTest
class AuthenticationBeforeBodyIT extends AuthenticationBeforeBodyTest {
}
