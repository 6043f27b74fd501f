package com.oneprice.platform;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link OperationsEndpointsTest} against the packaged jar. */
@QuarkusIntegrationTest
class OperationsEndpointsIT extends OperationsEndpointsTest {
}
