package com.oneprice.platform.http;

import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static com.oneprice.testing.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each caller has its own bucket: anonymous ones by client address, the others by token subject under the most
 * generous of their roles' limits. The profile gives anonymous callers and auditors buckets of 3 per hour; each test
 * calls from addresses (documentation ranges, named by X-Forwarded-For) or as subjects of its own.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(EdgeProfile.class)
class RateLimitsTest {

    static final int BUCKET = EdgeProfile.SMALL_BUCKET;

    /** A client address of its own, as a proxy names it (TEST-NET-1, no traffic goes there). */
    static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    @Test
    void an_anonymous_caller_spends_its_bucket_and_is_then_refused_with_429() {
        String address = "192.0.2.1";
        for (int i = 0; i < BUCKET; i++) {
            from(address).get("/branches").then().statusCode(401)
                    .header("RateLimit-Policy", equalTo("\"anonymous\";q=3;w=3600"))
                    .header("RateLimit", equalTo("\"anonymous\";r=" + (BUCKET - 1 - i) + ";t=" + (1200 * (i + 1))));
        }
        String retryAfter = from(address).get("/branches").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:oneprice:problem:rate-limited"))
                .body("requestId", not(equalTo(null)))
                .header("RateLimit", equalTo("\"anonymous\";r=0;t=3600"))
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 1000 && seconds <= 1200, retryAfter);
    }

    @Test
    void another_address_has_a_bucket_of_its_own() {
        String spent = "198.51.100.7";
        for (int i = 0; i <= BUCKET; i++) {
            from(spent).get("/branches");
        }
        from(spent).get("/branches").then().statusCode(429);
        from("198.51.100.8").get("/branches").then().statusCode(401);
    }

    @Test
    void a_caller_with_a_token_is_counted_by_its_subject() {
        String subject = "auditor-" + unique();
        for (int i = 0; i < BUCKET; i++) {
            given().auth().oauth2(Tokens.of("auditor", subject)).get("/audit?size=1").then().statusCode(200);
        }
        // a new token of the same subject shares the bucket; another subject has its own
        given().auth().oauth2(Tokens.of("auditor", subject)).get("/audit?size=1").then().statusCode(429)
                .header("Retry-After", not(equalTo(null)));
        given().auth().oauth2(Tokens.of("auditor", "auditor-" + unique())).get("/audit?size=1").then()
                .statusCode(200).header("RateLimit-Policy", equalTo("\"auditor\";q=3;w=3600"));
    }

    @Test
    void a_caller_with_several_roles_gets_the_most_generous_limit() {
        String token = Jwt.issuer(Tokens.ISSUER).subject("both-" + unique()).groups(Set.of("auditor", "operator"))
                .expiresIn(Duration.ofHours(1)).sign();
        for (int i = 0; i <= BUCKET; i++) {
            given().auth().oauth2(token).get("/ping").then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"operator\";q=1200;w=60"));
        }
    }

    @Test
    void the_contract_under_q_is_not_counted() {
        String address = "203.0.113.9";
        for (int i = 0; i <= BUCKET; i++) {
            from(address).get("/q/openapi").then().statusCode(200);
        }
        from(address).get("/branches").then().statusCode(401)
                .header("RateLimit", equalTo("\"anonymous\";r=" + (BUCKET - 1) + ";t=1200"));
    }
}
