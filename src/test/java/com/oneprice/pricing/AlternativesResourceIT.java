package com.oneprice.pricing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AlternativesResourceTest} against the packaged jar. */
@QuarkusIntegrationTest
class AlternativesResourceIT extends AlternativesResourceTest {
}
