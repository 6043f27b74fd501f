package com.oneprice.words;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link LanguagesHttpTest} against the packaged jar. */
@QuarkusIntegrationTest
class LanguagesHttpIT extends LanguagesHttpTest {
}
