package com.oneprice.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DatabaseVocabularyTest} against the packaged jar, whose own Flyway run made the schema. */
@QuarkusIntegrationTest
class DatabaseVocabularyIT extends DatabaseVocabularyTest {
}
