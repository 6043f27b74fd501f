package com.oneprice.pricing;

import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.percentPromotion;
import static com.oneprice.testing.Fixtures.price;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Price answers can be kept and revalidated without ever being wrong: the ETag changes whenever the answer could, a
 * tag that still names the answer gets 304, and Cache-Control never lets an answer be reused past its validUntil.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PriceCachingTest {

    static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    static String service() {
        String code = "PC-" + unique();
        simpleService(code);
        price(code, null, "7777.77");
        return code;
    }

    static ExtractableResponse<Response> effective(String query, String ifNoneMatch) {
        var request = asOperator();
        if (ifNoneMatch != null) {
            request = request.header("If-None-Match", ifNoneMatch);
        }
        return request.get("/prices/effective?" + query).then().extract();
    }

    static long maxAge(ExtractableResponse<Response> answer) {
        Matcher m = MAX_AGE.matcher(answer.header("Cache-Control"));
        assertTrue(m.find(), answer.header("Cache-Control"));
        return Long.parseLong(m.group(1));
    }

    @Test
    void a_price_answer_is_answered_304_while_the_tag_names_it() {
        String query = "branch=central&service=" + service();
        ExtractableResponse<Response> first = effective(query, null);
        assertEquals(200, first.statusCode());
        String tag = first.header("ETag");
        assertTrue(tag.startsWith("W/\""), tag);
        asOperator().header("If-None-Match", tag).get("/prices/effective?" + query).then().statusCode(304)
                .header("ETag", equalTo(tag)).header("Cache-Control", startsWith("private, max-age="))
                .body(emptyString());
        asOperator().header("If-None-Match", "W/\"1-0000\", " + tag).get("/prices/effective?" + query).then()
                .statusCode(304);
    }

    @Test
    void an_answer_naming_a_cheaper_branch_now_is_answered_304_too() {
        // the demo's knee MRI costs less at another branch: that alternative is at the moment asked, "now" here
        String query = "branch=north&service=MRI-KNEE";
        ExtractableResponse<Response> first = effective(query, null);
        assertEquals(200, first.statusCode());
        assertTrue(first.jsonPath().getList("alternatives.type").contains("OTHER_BRANCH"), first.asString());

        asOperator().header("If-None-Match", first.header("ETag")).get("/prices/effective?" + query).then()
                .statusCode(304);
    }

    @Test
    void the_tag_differs_for_every_other_question() {
        String service = service();
        String base = effective("branch=central&service=" + service, null).header("ETag");
        String at = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        for (String other : new String[]{"branch=north&service=" + service, "branch=central&quantity=2&service="
                + service, "branch=central&channel=WEB&service=" + service, "branch=central&at=" + at + "&service="
                + service}) {
            ExtractableResponse<Response> answer = effective(other, base);
            assertEquals(200, answer.statusCode(), other);
            assertNotEquals(base, answer.header("ETag"), other);
        }
    }

    @Test
    void a_catalog_change_retires_every_tag_given_before_it() {
        String service = service();
        String query = "branch=central&service=" + service;
        String before = effective(query, null).header("ETag");
        price(service, "central", "6666.66");
        ExtractableResponse<Response> after = effective(query, before);
        assertEquals(200, after.statusCode());
        assertEquals("6666.66", after.path("total.amount"));
        assertNotEquals(before, after.header("ETag"));
    }

    @Test
    void an_answer_may_be_kept_for_the_configured_time_and_never_past_its_valid_until() {
        ExtractableResponse<Response> unchanging = effective("branch=central&service=" + service(), null);
        assertNull(unchanging.path("validUntil"), "nothing is scheduled for the service");
        assertEquals(60, maxAge(unchanging));

        String ending = service();
        percentPromotion("PC-" + unique(), ending, "13", Instant.now().plus(45, ChronoUnit.SECONDS)
                .truncatedTo(ChronoUnit.SECONDS));
        Instant asked = Instant.now();
        ExtractableResponse<Response> answer = effective("branch=central&service=" + ending, null);
        Instant validUntil = Instant.parse(answer.path("validUntil"));
        assertTrue(maxAge(answer) <= Math.max(0, Duration.between(asked, validUntil).toSeconds() + 1),
                answer.header("Cache-Control") + " for an answer valid until " + validUntil + ", asked at " + asked);
    }

    @Test
    void an_answer_is_kept_no_longer_than_its_alternatives_hold() {
        // A cheaper moment 14 days and 45 seconds away is beyond validUntil's concern for now, but it comes into
        // the alternatives' horizon (14 days by default) in 45 seconds, and the answer then gains a LATER one.
        String service = service();
        Instant starts = Instant.now().plus(Duration.ofDays(14)).plusSeconds(45).truncatedTo(ChronoUnit.SECONDS);
        percentPromotion("PC-" + unique(), "Soon in view", service, "10", starts, starts.plus(Duration.ofDays(1)));
        Instant asked = Instant.now();
        ExtractableResponse<Response> answer = effective("branch=central&service=" + service, null);
        assertEquals(starts.toString(), answer.path("validUntil"));
        assertNull(answer.path("alternatives"), "the cheaper moment is not within the horizon yet");
        assertTrue(maxAge(answer) <= Duration.between(asked, starts.minus(Duration.ofDays(14))).toSeconds() + 1,
                answer.header("Cache-Control") + " for an answer whose alternatives change at "
                        + starts.minus(Duration.ofDays(14)) + ", asked at " + asked);
    }

    @Test
    void a_comparison_is_tagged_and_answered_304_while_the_tag_names_it() {
        String query = "/prices/compare?service=" + service();
        ExtractableResponse<Response> first = asOperator().get(query).then().statusCode(200).extract();
        String tag = first.header("ETag");
        assertTrue(tag.startsWith("W/\"") && first.header("Cache-Control").startsWith("private, max-age="),
                first.headers().toString());
        asOperator().header("If-None-Match", tag).get(query).then().statusCode(304).header("ETag", equalTo(tag));
        asOperator().header("If-None-Match", tag).get(query + "&channel=KIOSK").then().statusCode(200);
    }
}
