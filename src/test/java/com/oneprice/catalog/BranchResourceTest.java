package com.oneprice.catalog;

import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.oneprice.testing.Api.anonymous;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BranchResourceTest {

    @Test
    void an_operator_lists_the_demo_branches() {
        asOperator().get("/branches").then().statusCode(200)
                .body("items.code", hasItems("central", "north", "east"))
                .body("page", equalTo(0));
    }

    @Test
    void without_a_token_the_catalog_is_closed() {
        anonymous().get("/branches").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:oneprice:problem:unauthenticated"));
    }

    @Test
    void an_operator_cannot_create_a_branch() {
        asOperator().body(branch("west", "Europe/Moscow", "RUB")).post("/branches").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void an_admin_creates_a_branch_and_gets_its_location_and_etag() {
        asAdmin().body(branch("south", "Europe/Samara", "RUB")).post("/branches").then().statusCode(201)
                .header("Location", containsString("/branches/south"))
                .header("ETag", notNullValue())
                .body("timezone", equalTo("Europe/Samara"));
    }

    @Test
    void a_bad_timezone_is_refused_naming_the_field() {
        asAdmin().body(branch("mars", "Mars/Olympus", "RUB")).post("/branches").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("timezone"))
                .body("requestId", notNullValue());
        asAdmin().get("/branches/mars").then().statusCode(404);
    }

    static String branch(String code, String zone, String currency) {
        return """
                {"code": "%s", "name": "Branch %s", "timezone": "%s", "currency": "%s", "active": true}
                """.formatted(code, code, zone, currency);
    }
}
