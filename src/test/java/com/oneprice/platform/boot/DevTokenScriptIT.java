package com.oneprice.platform.boot;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DevTokenScriptTest} against the packaged jar. */
@QuarkusIntegrationTest
class DevTokenScriptIT extends DevTokenScriptTest {
}
