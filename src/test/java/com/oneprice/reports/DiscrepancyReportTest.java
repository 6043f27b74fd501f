package com.oneprice.reports;

import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Fixtures.endPromotion;
import static com.oneprice.testing.Fixtures.percentPromotion;
import static com.oneprice.testing.Fixtures.price;
import static com.oneprice.testing.Fixtures.quote;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Fixtures.verifyCode;
import static com.oneprice.testing.OncePerClass.once;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reports over a known set of four verifications by a cashier, in a period of their own: two quotes issued by an
 * operator that outlived their promotion (honoured, 100.00 each), an amount quoted at the wrong branch, and a matching
 * amount.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DiscrepancyReportTest {

    static final String service = "QR-" + unique();
    static final String operator = "operator-" + unique();
    static final String cashier = "cashier-" + unique();
    static Instant from;
    static Instant to;

    @BeforeEach
    void once_four_verifications() {
        once(this, DiscrepancyReportTest::fourVerifications);
    }

    private static void fourVerifications() {
        simpleService(service);
        price(service, null, "1000.00");
        price(service, "north", "1300.00");
        String promotion = "QP-" + unique();
        String etag = percentPromotion(promotion, service, "10");
        String token = Tokens.of("operator", operator);
        String first = as(token).body(quote("central", "CHAT", service)).post("/quotes").path("code");
        String second = as(token).body(quote("central", "CHAT", service)).post("/quotes").path("code");
        endPromotion(Tokens.admin(), promotion, service, "10", etag);

        from = Instant.now();
        String desk = Tokens.of("operator", cashier);
        for (String code : List.of(first, second)) {
            as(desk).body(verifyCode(code, null)).post("/quotes/verify").then().statusCode(200)
                    .body("verdict.reasons.code", equalTo(List.of("PROMOTION_EXPIRED")));
        }
        as(desk).body(amount("north", "1000.00")).post("/quotes/verify").then().statusCode(200)
                .body("verdict.reasons.code", everyItem(equalTo("BRANCH_PRICE_DIFFERS")))
                .body("verdict.reasons.branch", hasItems("central", "east"));
        as(desk).body(amount("central", "1000.00")).post("/quotes/verify").then().statusCode(200)
                .body("verdict.status", equalTo("MATCH"));
        // A price question without a quoted amount is not a verification and is not logged.
        as(desk).body(amount("central", null)).post("/quotes/verify").then().statusCode(200);
        to = Instant.now().plusMillis(1);
    }

    private static String amount(String branch, String quoted) {
        return """
                {"branch": "%s", "channel": "PHONE", "items": [{"service": "%s", "quantity": 1}] %s}
                """.formatted(branch, service, quoted == null ? ""
                : ", \"quotedTotal\": {\"amount\": \"" + quoted + "\", \"currency\": \"RUB\"}");
    }

    private ValidatableResponse report(String groupBy) {
        return as(Tokens.auditor()).queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("groupBy", groupBy).get("/reports/discrepancies").then().statusCode(200)
                .contentType("application/json")
                .body("verifications", equalTo(4))
                .body("mismatches", equalTo(3))
                .body("honourCosts.amount", equalTo(List.of("200.00")))
                .body("groupBy", equalTo(groupBy));
    }

    private String csv(String groupBy) {
        return as(Tokens.admin()).accept("text/csv").queryParam("from", from.toString())
                .queryParam("to", to.toString()).queryParam("groupBy", groupBy).get("/reports/discrepancies")
                .then().statusCode(200).contentType("text/csv").extract().asString();
    }

    /**
     * The report grouped by {@code groupBy} has these groups, in this order, the same as JSON and as CSV: {@code rows}
     * are its CSV lines after the header (key,verifications,mismatches,mismatchRate,honourCost,currency).
     */
    private void groups(String groupBy, String rows) {
        List<String[]> groups = rows.lines().map(row -> row.split(",")).toList();
        report(groupBy)
                .body("groups.key", equalTo(groups.stream().map(group -> group[0]).toList()))
                .body("groups.verifications", equalTo(groups.stream().map(group -> Integer.valueOf(group[1])).toList()))
                .body("groups.mismatches", equalTo(groups.stream().map(group -> Integer.valueOf(group[2])).toList()))
                .body("groups.honourCost.amount", equalTo(groups.stream().map(group -> group[4]).toList()));
        assertEquals("key,verifications,mismatches,mismatchRate,honourCost,currency\n" + rows, csv(groupBy));
    }

    @Test
    void by_reason_each_reason_counts_its_mismatches_over_all_verifications() {
        groups("reason", """
                PROMOTION_EXPIRED,2,2,0.5000,200.00,RUB
                BRANCH_PRICE_DIFFERS,1,1,0.2500,0.00,RUB
                """);
    }

    @Test
    void by_branch_channel_operator_and_service() {
        groups("branch", """
                central,3,2,0.6667,200.00,RUB
                north,1,1,1.0000,0.00,RUB
                """);
        groups("channel", """
                CHAT,2,2,1.0000,200.00,RUB
                PHONE,2,1,0.5000,0.00,RUB
                """);
        // The quotes' mismatches are the operator's who issued them, not the cashier's who was shown them.
        groups("operator", """
                %s,2,2,1.0000,200.00,RUB
                %s,2,1,0.5000,0.00,RUB
                """.formatted(operator, cashier));
        groups("service", """
                %s,4,3,0.7500,200.00,RUB
                """.formatted(service));
    }

    @Test
    void a_token_subject_written_as_a_formula_is_text_in_the_csv_report() {
        String subject = "=HYPERLINK(\"http://evil.example/" + unique() + "\",\"Click\")";
        Instant start = Instant.now();
        as(Tokens.of("operator", subject)).body(amount("central", "1.00")).post("/quotes/verify").then()
                .statusCode(200);
        String line = as(Tokens.admin()).accept("text/csv").queryParam("from", start.toString())
                .queryParam("to", Instant.now().plusMillis(1).toString()).queryParam("groupBy", "operator")
                .get("/reports/discrepancies").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.contains("HYPERLINK")).findFirst().orElseThrow();
        assertEquals("\"'" + subject.replace("\"", "\"\"") + "\",1,1,1.0000,0.00,RUB", line);
    }

    @Test
    void bad_parameters_are_refused_naming_them() {
        as(Tokens.auditor()).queryParam("groupBy", "colour").get("/reports/discrepancies").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("groupBy"));
        as(Tokens.auditor()).queryParam("from", "last week").get("/reports/discrepancies").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(Tokens.auditor()).queryParam("from", to.toString()).queryParam("to", from.toString())
                .get("/reports/discrepancies").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(Tokens.auditor()).queryParam("from", to.toString()).queryParam("to", from.toString())
                .get("/audit").then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void operators_read_neither_reports_nor_the_audit() {
        as(Tokens.operator()).get("/reports/discrepancies").then().statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.operator()).get("/audit").then().statusCode(403);
        as(Tokens.of("integration", "crm")).get("/audit").then().statusCode(403);
        as(Tokens.auditor()).get("/audit?entity=promotion").then().statusCode(200);
        as(Tokens.admin()).get("/reports/discrepancies").then().statusCode(200);
    }
}
