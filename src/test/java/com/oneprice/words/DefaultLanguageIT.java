package com.oneprice.words;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DefaultLanguageTest} against the packaged jar. */
@QuarkusIntegrationTest
class DefaultLanguageIT extends DefaultLanguageTest {
}
