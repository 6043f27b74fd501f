package com.oneprice.platform;

import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.oneprice.testing.Api.asOperator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** What a load balancer and a Prometheus scraper call: open to anonymous callers, like in every deployment. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OperationsEndpointsTest {

    @Test
    void ping_checks_the_token_and_does_nothing_else() {
        asOperator().get("/ping").then().statusCode(200).body("status", equalTo("ok"));
        given().get("/ping").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void liveness_answers_up_without_a_token() {
        given().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void readiness_answers_up_without_a_token_and_includes_the_database() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void metrics_answer_prometheus_text_without_a_token() {
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"));
    }

    @Test
    void metrics_count_api_requests_by_route_and_status() {
        asOperator().get("/branches").then().statusCode(200);
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"200\",uri=\"/branches\""));
    }

    @Test
    void metrics_show_the_database_connection_pool() {
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("agroal_active_count"));
    }
}
