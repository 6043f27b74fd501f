package com.oneprice.reports;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DiscrepancyReportTest} against the packaged jar. */
@QuarkusIntegrationTest
class DiscrepancyReportIT extends DiscrepancyReportTest {
}
