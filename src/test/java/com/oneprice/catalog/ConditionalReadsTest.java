package com.oneprice.catalog;

import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.percentPromotion;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A catalog object's ETag is its real version: If-None-Match naming it answers 304, and only while it holds. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ConditionalReadsTest {

    static String branch(String code, String name) {
        return asAdmin().body("""
                {"code": "%s", "name": "%s", "timezone": "Europe/Moscow", "currency": "RUB"}
                """.formatted(code, name)).post("/branches").then().statusCode(201).extract().header("ETag");
    }

    @Test
    void an_unchanged_branch_answers_304_and_a_changed_one_its_new_version() {
        String code = "cr-" + unique().toLowerCase();
        String created = branch(code, "Conditional");
        asOperator().header("If-None-Match", created).get("/branches/" + code).then().statusCode(304)
                .header("ETag", equalTo(created)).body(emptyString());
        String renamed = asAdmin().header("If-Match", created).body("""
                {"name": "Renamed", "timezone": "Europe/Moscow", "currency": "RUB"}
                """).put("/branches/" + code).then().statusCode(200).extract().header("ETag");
        assertNotEquals(created, renamed);
        asOperator().header("If-None-Match", created).get("/branches/" + code).then().statusCode(200)
                .header("ETag", equalTo(renamed)).body("name", equalTo("Renamed"));
        asOperator().header("If-None-Match", "\"0\", W/" + renamed).get("/branches/" + code).then().statusCode(304);
    }

    @Test
    void a_code_created_again_after_its_deletion_never_repeats_an_etag() {
        String code = "cr-" + unique().toLowerCase();
        String first = branch(code, "First");
        asAdmin().delete("/branches/" + code).then().statusCode(204);
        String second = branch(code, "Second");
        assertNotEquals(first, second);
        asOperator().header("If-None-Match", first).get("/branches/" + code).then().statusCode(200)
                .body("name", equalTo("Second"));
    }

    @Test
    void services_and_promotions_answer_304_while_unchanged() {
        String service = "CR-" + unique();
        simpleService(service);
        String serviceTag = asOperator().get("/services/" + service).then().statusCode(200).extract().header("ETag");
        asOperator().header("If-None-Match", serviceTag).get("/services/" + service).then().statusCode(304);

        String promotion = "CR-" + unique();
        String promotionTag = percentPromotion(promotion, service, "5");
        asOperator().header("If-None-Match", promotionTag).get("/promotions/" + promotion).then().statusCode(304);
    }
}
