package com.oneprice.reports;

import com.oneprice.platform.api.MoneyJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSV report shows every key as text: no cell a spreadsheet would run as a formula (OWASP CSV injection). */
class ReportCsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "=HYPERLINK(\"http://evil.example/\";\"x\") | \"'=HYPERLINK(\"\"http://evil.example/\"\";\"\"x\"\")\"",
            "+7 495 | \"'+7 495\"",
            "-2+3 | \"'-2+3\"",
            "@SUM(A1) | \"'@SUM(A1)\""})
    void a_key_a_spreadsheet_would_read_as_a_formula_starts_with_a_quote_mark_and_is_quoted(String key,
                                                                                             String cell) {
        assertEquals(cell, Reports.csvField(key));
    }

    @Test
    void a_key_starting_with_a_tab_or_a_carriage_return_is_neutralised_too() {
        assertEquals("\"'\t=1+1\"", Reports.csvField("\t=1+1"));
        assertEquals("\"'\r=1+1\"", Reports.csvField("\r=1+1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"operator-17 | operator-17", "central | central", "(none) | \"(none)\"",
            "a=b | \"a=b\"", "ops@clinic | ops@clinic"})
    void other_keys_are_written_as_they_are(String key, String cell) {
        assertEquals(cell, Reports.csvField(key));
    }

    @Test
    void the_report_writes_the_neutralised_key_in_its_first_column() {
        DiscrepancyReport report = new DiscrepancyReport(Instant.EPOCH, Instant.EPOCH.plusSeconds(1), "operator", 1,
                1, List.of(), List.of(new DiscrepancyReport.Group("=1+1", 1, 1, BigDecimal.ONE,
                new MoneyJson(new BigDecimal("0.00"), "RUB"))));
        assertEquals("key,verifications,mismatches,mismatchRate,honourCost,currency\n\"'=1+1\",1,1,1,0.00,RUB\n",
                Reports.csv(report));
    }
}
