package com.oneprice.pricing;

import com.oneprice.testing.Fixtures;
import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static com.oneprice.testing.Api.anonymous;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Problems.problem;
import static com.oneprice.testing.Problems.refused;
import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /prices/timeline on the demo clinic network's knee MRI at north, and on services of the test's own. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TimelineResourceTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    static ValidatableResponse timeline(String query) {
        return asOperator().get("/prices/timeline?" + query).then();
    }

    static String midnight(LocalDate day) {
        return day.atStartOfDay(MOSCOW).toInstant().toString();
    }

    @Test
    void the_knee_mri_at_north_over_the_demos_next_30_days_lists_the_promotions_and_the_scheduled_rise() {
        LocalDate today = Fixtures.demoDay();
        String from = ISO_OFFSET_DATE_TIME.format(today.plusDays(1).atStartOfDay(MOSCOW));
        String to = ISO_OFFSET_DATE_TIME.format(today.plusDays(31).atStartOfDay(MOSCOW));

        ValidatableResponse answer = timeline("branch=north&service=MRI-KNEE&channel=PHONE&from=" + from + "&to=" + to)
                .statusCode(200)
                .body("branch", equalTo("north"))
                .body("truncated", equalTo(false))
                .body("segments.price.amount",
                        equalTo(List.of("5000.00", "4250.00", "5000.00", "5400.00", "4900.00", "5400.00")))
                .body("segments.from", equalTo(List.of(midnight(today.plusDays(1)), midnight(today.plusDays(10)),
                        midnight(today.plusDays(17)), midnight(today.plusDays(21)), midnight(today.plusDays(24)),
                        midnight(today.plusDays(28)))))
                .body("segments[5].to", equalTo(midnight(today.plusDays(31))))
                .body("segments[0].changes", equalTo(List.of()))
                .body("segments[1].promotions[0].code", equalTo("NORTH-MRI-DAYS"))
                .body("segments[4].promotions[0].discount.amount", equalTo("500.00"));
        List<Map<String, String>> changes = answer.extract().jsonPath().getList("segments.changes.flatten()");
        assertEquals(List.of(
                Map.of("type", "PROMOTION_STARTS", "promotion", "NORTH-MRI-DAYS"),
                Map.of("type", "PROMOTION_ENDS", "promotion", "NORTH-MRI-DAYS"),
                Map.of("type", "PRICE_CHANGES", "service", "MRI-KNEE"),
                Map.of("type", "PROMOTION_STARTS", "promotion", "KNEE-CARE"),
                Map.of("type", "PROMOTION_ENDS", "promotion", "KNEE-CARE")), changes);
    }

    @Test
    void without_a_period_the_timeline_runs_from_now_for_30_days() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ValidatableResponse answer = timeline("branch=north&service=MRI-KNEE").statusCode(200);
        Instant after = Instant.now();
        Instant from = Instant.parse(answer.extract().path("from"));
        assertTrue(!from.isBefore(before) && !from.isAfter(after), from + " is not now");
        assertEquals(from.plus(30, ChronoUnit.DAYS), Instant.parse(answer.extract().path("to")));
    }

    @Test
    void where_no_price_is_in_force_the_segment_says_it_is_not_sold() {
        String service = "TL-" + unique();
        simpleService(service);
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(2, ChronoUnit.DAYS);
        asAdmin().body("""
                {"service": "%s", "amount": {"amount": "700.00", "currency": "RUB"}, "validFrom": "%s", "validTo": "%s"}
                """.formatted(service, start, end)).post("/prices").then().statusCode(201);

        timeline("branch=central&service=" + service + "&from=" + start + "&to=" + end.plus(1, ChronoUnit.DAYS))
                .statusCode(200)
                .body("segments.sold", equalTo(List.of(true, false)))
                .body("segments[1].from", equalTo(end.toString()))
                .body("segments[1].price", equalTo(null))
                .body("segments[1].changes[0].type", equalTo("PRICE_CHANGES"));
    }

    @Test
    void a_period_longer_than_366_days_is_400_naming_to() {
        refused(timeline("branch=north&service=MRI-KNEE&from=2031-01-01T00:00:00Z&to=2032-01-02T00:00:01Z"), "to");
        timeline("branch=north&service=MRI-KNEE&from=2031-01-01T00:00:00Z&to=2032-01-02T00:00:00Z").statusCode(200);
    }

    @Test
    void a_period_ending_before_it_starts_is_400_naming_to() {
        refused(timeline("branch=north&service=MRI-KNEE&from=2031-01-01T00:00:00Z&to=2031-01-01T00:00:00Z"), "to");
    }

    @Test
    void a_from_that_is_not_iso_8601_is_400_naming_from() {
        refused(timeline("branch=north&service=MRI-KNEE&from=tomorrow"), "from");
    }

    @Test
    void a_missing_branch_is_400_naming_it() {
        refused(timeline("service=MRI-KNEE"), "branch");
    }

    @Test
    void an_unknown_service_is_404_naming_it() {
        problem(timeline("branch=north&service=NO-SUCH-SCAN"), 404).body("errors[0].field", equalTo("service"));
    }

    @Test
    void an_unknown_branch_is_404_naming_it() {
        problem(timeline("branch=atlantis&service=MRI-KNEE"), 404).body("errors[0].field", equalTo("branch"));
    }

    @Test
    void the_timeline_is_closed_to_anonymous_callers() {
        anonymous().get("/prices/timeline?branch=north&service=MRI-KNEE").then().statusCode(401);
    }
}
