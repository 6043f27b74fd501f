package com.oneprice.platform.http;

import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a widget on a clinic's site needs from CORS: one preflight per URL for as long as configured, whichever
 * headers its requests add, the headers it reads exposed, {@code Vary: Origin}, no credentials; and nothing for a
 * page of another origin. The contract, opened in a browser, is shown rather than downloaded.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(EdgeProfile.class)
class CorsTest {

    static final List<String> ALLOWED_HEADERS = List.of("Authorization", "Content-Type", "Idempotency-Key",
            "If-Match", "If-None-Match", "X-Request-Id", "Accept-Language");
    static final List<String> EXPOSED_HEADERS = List.of("Idempotent-Replayed", "ETag", "Location", "X-Request-Id",
            "Retry-After", "RateLimit-Policy", "RateLimit");

    static ValidatableResponse preflight(String origin, String requestHeaders) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", requestHeaders).options("/quotes/verify").then();
    }

    static List<String> list(String header) {
        return Arrays.stream(header.split(",")).map(String::trim).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"content-type", "authorization,content-type", "content-type,if-none-match,x-request-id"})
    void every_preflight_of_an_allowed_origin_gets_the_same_answer_for_the_configured_time(String requested) {
        var answer = preflight(EdgeProfile.ALLOWED_ORIGIN, requested).statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(EdgeProfile.ALLOWED_ORIGIN))
                .header("Access-Control-Max-Age", equalTo("600"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .extract();
        assertEquals(ALLOWED_HEADERS, list(answer.header("Access-Control-Allow-Headers")));
        assertEquals(List.of("GET", "HEAD", "POST", "PUT", "DELETE"),
                list(answer.header("Access-Control-Allow-Methods")));
        assertEquals(List.of("Origin"), answer.headers().getValues("Vary"));
    }

    @Test
    void an_answer_to_an_allowed_origin_exposes_what_a_widget_reads_and_varies_by_origin() {
        var answer = given().auth().oauth2(Tokens.operator()).header("Origin", EdgeProfile.OTHER_ALLOWED_ORIGIN)
                .get("/prices/effective?branch=north&service=MRI-KNEE").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(EdgeProfile.OTHER_ALLOWED_ORIGIN))
                .header("Access-Control-Allow-Credentials", nullValue())
                .extract();
        assertEquals(EXPOSED_HEADERS, list(answer.header("Access-Control-Expose-Headers")));
        assertThat(answer.headers().getValues("Vary"), hasItem("Origin"));
    }

    @Test
    void a_refusal_to_an_allowed_origin_can_be_read_by_the_widget_too() {
        given().header("Origin", EdgeProfile.ALLOWED_ORIGIN).contentType("application/json").body("{}")
                .post("/quotes").then().statusCode(401)
                .header("Access-Control-Allow-Origin", equalTo(EdgeProfile.ALLOWED_ORIGIN));
    }

    @Test
    void a_preflight_from_another_origin_is_refused() {
        preflight("https://evil.example", "content-type").statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:oneprice:problem:origin-not-allowed"))
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void an_answer_to_another_origin_carries_no_cors_headers() {
        given().auth().oauth2(Tokens.operator()).header("Origin", "https://evil.example").get("/branches").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Expose-Headers", nullValue());
    }

    @Test
    void a_browser_is_shown_the_contract_as_text() {
        given().header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").get("/q/openapi").then()
                .statusCode(200).contentType(startsWith("text/plain"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .contentType(startsWith("application/yaml"));
    }
}
