package com.oneprice.platform.problems;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ProblemAnswersTest} against the packaged jar. */
@QuarkusIntegrationTest
class ProblemAnswersIT extends ProblemAnswersTest {
}
