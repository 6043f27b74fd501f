package com.oneprice.platform.security;

import com.oneprice.testing.ConfigOverrides;
import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.oneprice.testing.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * With pricing.public-read on (and whole-rouble rounding to the hundred, a second deployment setting tested on the
 * same application start), anyone may read the catalog and prices and verify an amount, but nothing else.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(PublicReadTest.PublicRead.class)
class PublicReadTest {

    public static class PublicRead extends ConfigOverrides {
        public PublicRead() {
            super(Map.of("pricing.public-read", "true", "pricing.rounding.RUB", "100"));
        }
    }

    @Test
    void anyone_reads_the_catalog_and_prices() {
        anonymous().get("/branches").then().statusCode(200).body("items.code", hasItem("north"));
        anonymous().get("/services/MRI-KNEE").then().statusCode(200);
        anonymous().get("/prices?service=MRI-KNEE").then().statusCode(200);
        anonymous().get("/prices/effective?branch=north&service=MRI-KNEE").then().statusCode(200)
                .body("total.amount", equalTo("5000.00"));
        anonymous().get("/prices/compare?service=MRI-KNEE").then().statusCode(200);
        anonymous().body("""
                {"branch": "north", "items": [{"service": "MRI-KNEE", "quantity": 1}],
                 "quotedTotal": {"amount": "4000.00", "currency": "RUB"}}
                """).post("/quotes/verify").then().statusCode(200).body("verdict.status", equalTo("MISMATCH"));
    }

    @Test
    void anyone_does_not_mean_writes_quotes_reports_or_audit() {
        anonymous().body("""
                {"code": "anon", "name": "Anonymous", "timezone": "Europe/Moscow", "currency": "RUB", "active": true}
                """).post("/branches").then().statusCode(401);
        anonymous().get("/quotes").then().statusCode(401);
        anonymous().body("{\"quoteCode\": \"Q-7K2-M9X-QDY\"}").post("/quotes/verify").then().statusCode(401);
        anonymous().get("/reports/discrepancies").then().statusCode(401);
        anonymous().get("/audit").then().statusCode(401);
    }

    @Test
    void a_configured_rounding_increment_rounds_every_line_half_up() {
        // The basic check-up is 3700.00 less 10 % = 3330.00, which rounds to 3300.00 at an increment of 100.
        anonymous().get("/prices/effective?branch=central&service=CHECKUP-BASIC").then().statusCode(200)
                .body("lines[0].lineTotal.amount", equalTo("3300.00"))
                .body("total.amount", equalTo("3300.00"));
    }
}
