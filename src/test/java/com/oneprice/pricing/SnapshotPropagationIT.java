package com.oneprice.pricing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SnapshotPropagationTest} against the packaged jar. */
@QuarkusIntegrationTest
class SnapshotPropagationIT extends SnapshotPropagationTest {
}
