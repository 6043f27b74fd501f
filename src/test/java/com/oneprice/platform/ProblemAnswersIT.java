package com.oneprice.platform;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ProblemAnswersTest} against the packaged jar. */
@QuarkusIntegrationTest
class ProblemAnswersIT extends ProblemAnswersTest {
}
