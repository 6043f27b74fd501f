package com.oneprice.platform.http;

import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What a load balancer and a Prometheus scraper call, on the management interface (a port of its own): open to
 * anonymous callers there, and absent from the public port.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OperationsEndpointsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @TestHTTPResource("/")
    URL api;

    private RequestSpecification onManagementPort() {
        return given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort());
    }

    @Test
    void ping_checks_the_token_and_does_nothing_else() {
        asOperator().get("/ping").then().statusCode(200).body("status", equalTo("ok"));
        given().get("/ping").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void liveness_answers_up_without_a_token() {
        onManagementPort().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void readiness_answers_up_without_a_token_and_includes_the_database() {
        onManagementPort().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void metrics_answer_prometheus_text_without_a_token() {
        metrics().then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/live", "/q/health/ready", "/q/metrics"})
    void health_and_metrics_are_not_on_the_public_port(String path) {
        problem(given().get(path).then(), 404);
    }

    @Test
    void the_contract_stays_on_the_public_port() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("openapi:"));
    }

    @Test
    void metrics_count_api_requests_by_route_and_status() {
        asOperator().get("/branches").then().statusCode(200);
        metrics().then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"200\",uri=\"/branches\""));
    }

    @Test
    void a_route_with_a_pattern_is_labelled_as_the_contract_names_it() {
        asOperator().get("/prices/{id}", Long.MAX_VALUE).then().statusCode(404);
        metrics().then().body(containsString("uri=\"/prices/{id}\""));
    }

    @Test
    void a_request_that_matches_no_route_template_is_labelled_unknown_not_with_its_path() {
        String probe = "PROBE-" + unique();
        asOperator().patch("/branches/" + probe).then().statusCode(405);
        metrics().then()
                .body(not(containsString(probe)))
                .body(containsString("status=\"405\",uri=\"UNKNOWN\""));
    }

    @Test
    void control_characters_a_caller_puts_in_a_path_never_reach_a_label() throws IOException {
        String probe = "PROBE-" + unique();
        // other tests' requests that Netty refused (too long a header, ...) are counted by exception class: only
        // this request's labels are this test's business
        Set<String> exceptionLabels = exceptionLabels(metrics().asString());
        String answer = raw("GET /branches/" + probe + "\0\u001b[2J HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertEquals("HTTP/1.1 400", answer.substring(0, 12), answer);
        String metrics = metrics().asString();
        assertFalse(metrics.contains(probe), "a label carries the caller's path");
        assertFalse(metrics.contains("\0") || metrics.contains("\u001b"), "a label carries a control character");
        assertEquals(exceptionLabels, exceptionLabels(metrics), "a label names a Java exception");
    }

    @Test
    void metrics_show_the_database_connection_pool() {
        metrics().then().statusCode(200)
                .body(containsString("agroal_active_count"));
    }

    @Test
    void metrics_count_how_pricing_snapshots_were_made() {
        metrics().then().statusCode(200)
                .body(containsString("pricing_snapshot_updates_total{how=\"change-log\""))
                .body(containsString("pricing_snapshot_updates_total{how=\"reload\""));
    }

    private Response metrics() {
        return onManagementPort().accept("text/plain").get("/q/metrics");
    }

    /** A request as bytes, past every client library's own checks; answers the status line and what follows. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(api.getHost(), api.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The series whose labels name a Java exception, without their values. */
    private static Set<String> exceptionLabels(String metrics) {
        return metrics.lines().filter(line -> !line.startsWith("#") && line.contains("Exception"))
                .map(line -> line.substring(0, line.lastIndexOf(' '))).collect(Collectors.toSet());
    }
}
