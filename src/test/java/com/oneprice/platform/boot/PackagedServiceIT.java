package com.oneprice.platform.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oneprice.platform.http.RequestIds;
import com.oneprice.testing.PackagedService;
import com.oneprice.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.oneprice.testing.Fixtures.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service as a deployment runs it: tokens from an "external" identity provider (the test key, given as
 * a key location) with a required audience, JSON logs, health and metrics on the management port.
 */
class PackagedServiceIT {

    private static final String AUDIENCE = "pricing-api";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PackagedService service;

    @BeforeAll
    static void start() throws Exception {
        service = PackagedService.start("deployment", Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", AudienceRequiredIT.TEST_KEY,
                "MP_JWT_VERIFY_AUDIENCES", AUDIENCE,
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true"));
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    private int status(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.api.resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return service.send(request).statusCode();
    }

    @Test
    void a_token_for_this_service_is_accepted() throws Exception {
        assertEquals(200, status("GET", "/branches", Tokens.forAudience(AUDIENCE, "operator", "olga"), null));
    }

    @Test
    void a_token_the_provider_issued_to_another_client_is_refused_whatever_its_roles() throws Exception {
        String portal = Tokens.forAudience("patient-portal", "pricing-admin", "patient-1");
        assertEquals(401, status("POST", "/branches", portal, """
                {"code": "portal-%s", "name": "Portal", "timezone": "Europe/Moscow", "currency": "RUB"}
                """.formatted(unique().toLowerCase())));
    }

    @Test
    void a_token_without_an_audience_is_refused() throws Exception {
        assertEquals(401, status("GET", "/branches", Tokens.of("operator"), null));
    }

    @Test
    void health_is_on_the_management_port_and_not_on_the_public_one() throws Exception {
        assertEquals(200, service.send(HttpRequest.newBuilder(service.management.resolve("/q/health/ready")))
                .statusCode());
        assertEquals(404, service.send(HttpRequest.newBuilder(service.api.resolve("/q/health/ready"))).statusCode());
    }

    @Test
    void every_log_line_is_a_json_object_and_a_request_logs_with_its_id() throws Exception {
        String id = "it-" + unique();
        String admin = Tokens.forAudience(AUDIENCE, "pricing-admin", "alice");
        HttpRequest.Builder write = HttpRequest.newBuilder(service.api.resolve("/branches"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .header(RequestIds.HEADER, id).POST(HttpRequest.BodyPublishers.ofString("""
                        {"code": "%s", "name": "Log test", "timezone": "Europe/Moscow", "currency": "RUB"}
                        """.formatted(id)));
        assertEquals(201, service.send(write).statusCode());
        JsonNode access = awaitRecord("io.quarkus.http.access-log", id);
        assertThat(access.get("message").asText(), containsString("\"POST /branches HTTP/1.1\" 201"));
        assertThat(access.get("message").asText(), containsString("req=" + id));
        List<JsonNode> application = records().stream().filter(r -> id.equals(r.path("mdc").path("requestId")
                .asText()) && !r.get("loggerName").asText().equals("io.quarkus.http.access-log")).toList();
        assertThat("an application log line written during the request carries its id", application,
                not(empty()));
    }

    /** The access log is written when the answer has been sent: wait a little for it. */
    private static JsonNode awaitRecord(String logger, String requestId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode record : records()) {
                if (record.get("loggerName").asText().equals(logger)
                        && requestId.equals(record.path("mdc").path("requestId").asText())) {
                    return record;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + logger + " record with requestId " + requestId);
    }

    private static List<JsonNode> records() throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : service.output()) {
            if (!line.isBlank()) {
                JsonNode record = JSON.readTree(line);
                assertTrue(record.isObject() && record.has("level") && record.has("message"), line);
                records.add(record);
            }
        }
        return records;
    }
}
