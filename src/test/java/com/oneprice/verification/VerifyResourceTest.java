package com.oneprice.verification;

import com.oneprice.testing.Fixtures;
import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Tokens.of;
import static com.oneprice.testing.Verdicts.firstReason;
import static com.oneprice.testing.Verdicts.mismatchBy;
import static com.oneprice.testing.Verdicts.pays;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** /quotes/verify against the demo clinic network (DemoCatalog), one reason code per test. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class VerifyResourceTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static LocalDate demoDay;

    /** The demo catalog's day, as its data says (see {@link Fixtures#demoDay()}). */
    static LocalDate today() {
        if (demoDay == null) {
            demoDay = Fixtures.demoDay();
        }
        return demoDay;
    }

    static String verify(String branch, String at, String channel, String quoted, String... items) {
        StringBuilder lines = new StringBuilder();
        for (String item : items) {
            String[] parts = item.split("x");
            lines.append(lines.isEmpty() ? "" : ",").append("{\"service\": \"").append(parts[0])
                    .append("\", \"quantity\": ").append(parts.length > 1 ? parts[1] : "1").append("}");
        }
        return "{\"branch\": \"" + branch + "\"" + (at == null ? "" : ", \"at\": \"" + at + "\"")
                + (channel == null ? "" : ", \"channel\": \"" + channel + "\"")
                + ", \"items\": [" + lines + "]"
                + (quoted == null ? "" : ", \"quotedTotal\": {\"amount\": \"" + quoted + "\", \"currency\": \"RUB\"}")
                + "}";
    }

    static ValidatableResponse post(String body) {
        return asOperator().body(body).post("/quotes/verify").then();
    }

    @Test
    void the_knee_mri_quoted_at_the_other_branchs_price_differs_by_branch() {
        post(verify("north", null, "PHONE", "4000.00", "MRI-KNEE")).statusCode(200)
                .body("total.amount", equalTo("5000.00"))
                .spec(mismatchBy("-1000.00"))
                .spec(firstReason("BRANCH_PRICE_DIFFERS", "branch", "central"))
                .spec(pays("5000.00", "0.00"));
    }

    @Test
    void the_price_under_the_promotion_that_ended_yesterday_is_explained_as_expired() {
        String end = today().atStartOfDay(MOSCOW).toInstant().toString();
        post(verify("north", null, "PHONE", "4500.00", "MRI-KNEE")).statusCode(200)
                .body("verdict.status", equalTo("MISMATCH"))
                .spec(firstReason("PROMOTION_EXPIRED", "promotion", "MRI-WEEK"))
                .body("verdict.reasons[0].instant", equalTo(end));
    }

    @Test
    void the_check_up_priced_without_the_ecg_is_a_partial_bundle() {
        post(verify("central", null, "PHONE", "2340.00", "CHECKUP-BASIC")).statusCode(200)
                .body("total.amount", equalTo("3330.00"))
                .body("lines[0].components.service", hasItem("ECG"))
                .spec(firstReason("BUNDLE_PARTIAL", "services", java.util.List.of("ECG")));
    }

    @Test
    void the_price_before_the_scheduled_rise_is_explained_as_a_price_change() {
        String rise = today().plusWeeks(2).atStartOfDay(MOSCOW).toInstant().toString();
        String after = today().plusWeeks(3).atStartOfDay(MOSCOW).format(ISO_OFFSET_DATE_TIME);
        post(verify("central", after, "PHONE", "3000.00", "ULTRASOUND-ABD")).statusCode(200)
                .body("total.amount", equalTo("3300.00"))
                .spec(firstReason("PRICE_CHANGED", "instant", rise));
    }

    @Test
    void the_price_under_next_weeks_promotion_is_explained_as_not_started() {
        post(verify("central", null, "PHONE", "2830.50", "CHECKUP-BASIC")).statusCode(200)
                .spec(firstReason("PROMOTION_NOT_STARTED", "promotion", "WINTER-CHECKUP"));
    }

    @Test
    void the_kiosk_only_offer_quoted_on_the_phone_is_not_applicable() {
        post(verify("central", null, "PHONE", "1200.00", "FLU-VACCINE")).statusCode(200)
                .body("total.amount", equalTo("1400.00"))
                .spec(firstReason("PROMOTION_NOT_APPLICABLE", "promotion", "KIOSK-FLU"));
    }

    @Test
    void an_amount_nothing_explains_is_unexplained() {
        post(verify("central", null, "PHONE", "1.00", "MRI-KNEE")).statusCode(200)
                .body("verdict.status", equalTo("MISMATCH"))
                .body("verdict.reasons[0].code", equalTo("UNEXPLAINED"));
    }

    @Test
    void the_authoritative_total_matches() {
        post(verify("central", null, "KIOSK", "1200.00", "FLU-VACCINE")).statusCode(200)
                .body("verdict.status", equalTo("MATCH"))
                .body("verdict.difference.amount", equalTo("0.00"))
                .body("lines[0].promotions[0].code", equalTo("KIOSK-FLU"));
    }

    @Test
    void two_channels_without_a_channel_promotion_get_byte_identical_lines() {
        String at = today().plusDays(1).atTime(10, 0).atZone(MOSCOW).format(ISO_OFFSET_DATE_TIME);
        String phone = post(verify("north", at, "PHONE", null, "MRI-KNEE", "CHECKUP-BASICx2")).statusCode(200)
                .extract().jsonPath().prettify();
        String chat = post(verify("north", at, "WEB_CHAT", null, "MRI-KNEE", "CHECKUP-BASICx2")).statusCode(200)
                .extract().jsonPath().prettify();
        assertEquals(phone.replace("WEB_CHAT", "PHONE"), chat.replace("WEB_CHAT", "PHONE"));
        String phoneLines = asOperator().body(verify("north", at, "PHONE", null, "MRI-KNEE", "CHECKUP-BASICx2"))
                .post("/quotes/verify").then().extract().jsonPath().getList("lines").toString();
        String chatLines = asOperator().body(verify("north", at, "WEB_CHAT", null, "MRI-KNEE", "CHECKUP-BASICx2"))
                .post("/quotes/verify").then().extract().jsonPath().getList("lines").toString();
        assertEquals(phoneLines, chatLines);
    }

    @Test
    void the_answer_says_until_when_it_holds() {
        post(verify("central", null, "PHONE", null, "ULTRASOUND-ABD")).statusCode(200)
                .body("validUntil", equalTo(today().plusWeeks(2).atStartOfDay(MOSCOW).toInstant().toString()))
                .body("catalogVersion", notNullValue());
    }

    @Test
    void an_unknown_branch_is_404_naming_it() {
        post(verify("mars", null, "PHONE", null, "MRI-KNEE")).statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("branch 'mars' does not exist"))
                .body("errors[0].field", equalTo("branch"));
    }

    @Test
    void an_unknown_service_is_404_naming_the_item() {
        post(verify("central", null, "PHONE", null, "MRI-KNEE", "NO-SUCH-SERVICE")).statusCode(404)
                .body("errors[0].field", equalTo("items[1].service"));
    }

    @Test
    void a_zero_quantity_is_400_with_the_field_path() {
        post(verify("central", null, "PHONE", null, "MRI-KNEEx0")).statusCode(400)
                .body("errors[0].field", equalTo("items[0].quantity"));
    }

    @Test
    void a_quantity_above_a_million_is_400_with_the_field_path() {
        post(verify("central", null, "PHONE", null, "MRI-KNEEx1000001")).statusCode(400)
                .body("errors[0].field", equalTo("items[0].quantity"));
    }

    @Test
    void a_total_beyond_the_largest_recorded_amount_is_422_naming_the_line_and_records_nothing() {
        String service = "VR-" + unique();
        simpleService(service);
        asAdmin().body("""
                {"service": "%s", "amount": {"amount": "999999999999999.00", "currency": "RUB"},
                 "validFrom": "2020-01-01T00:00:00Z"}
                """.formatted(service)).post("/prices").then().statusCode(201);
        String twoUnits = verify("central", null, "PHONE", "1.00", service + "x2");

        post(twoUnits).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("items[0].quantity"));
        asOperator().body(verify("central", null, "PHONE", null, service + "x2")).post("/quotes")
                .then().statusCode(422).body("errors[0].field", equalTo("items[0].quantity"));
        post(verify("central", null, "PHONE", null, service)).statusCode(200)
                .body("total.amount", equalTo("999999999999999.00"));
    }

    @Test
    void a_quoted_amount_in_another_currency_is_400() {
        post(verify("central", null, "PHONE", null, "MRI-KNEE").replace("}]}",
                "}], \"quotedTotal\": {\"amount\": \"50\", \"currency\": \"USD\"}}")).statusCode(400)
                .body("errors[0].field", equalTo("quotedTotal.currency"));
    }

    @Test
    void an_at_that_is_not_iso_8601_is_400() {
        post(verify("central", "next friday", "PHONE", null, "MRI-KNEE")).statusCode(400)
                .body("errors[0].field", equalTo("at"));
    }

    @Test
    void an_auditor_may_verify_but_an_anonymous_caller_may_not() {
        as(of("auditor")).body(verify("central", null, "PHONE", null, "MRI-KNEE")).post("/quotes/verify")
                .then().statusCode(200);
        io.restassured.RestAssured.given().contentType("application/json")
                .body(verify("central", null, "PHONE", null, "MRI-KNEE")).post("/quotes/verify")
                .then().statusCode(401);
    }
}
