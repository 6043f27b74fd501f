package com.oneprice.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.RawHttp;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Refusals that Netty and Vert.x make before any resource sees the request are problem+json like every other: a body
 * over the size limit, a request line or headers over theirs, a request that is not HTTP, a request without a Host.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class HttpLayerProblemsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI server;

    /** The shape every refusal has, and its type; the answer's request id is the body's. */
    static JsonNode problem(RawHttp.Answer answer, int status, String type) throws IOException {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals("application/problem+json", answer.header("Content-Type"), answer.toString());
        JsonNode body = JSON.readTree(answer.body());
        assertEquals("urn:oneprice:problem:" + type, body.path("type").asText(), answer.body());
        assertEquals(status, body.path("status").asInt(), answer.body());
        assertFalse(body.path("detail").asText().isBlank(), answer.body());
        assertEquals(answer.header("X-Request-Id"), body.path("requestId").asText(), answer.toString());
        return body;
    }

    @Test
    void a_body_declared_larger_than_the_limit_is_refused_with_413_before_it_is_sent() throws IOException {
        JsonNode body = problem(RawHttp.exchange(server, """
                POST /quotes/verify HTTP/1.1\r
                Host: localhost\r
                Authorization: Bearer %s\r
                Content-Type: application/json\r
                Content-Length: 20000000\r
                \r
                """.formatted(Tokens.operator())), 413, "payload-too-large");
        assertEquals("body", body.at("/errors/0/field").asText());
    }

    @Test
    void a_request_line_longer_than_the_limit_is_refused_with_414() throws IOException {
        problem(RawHttp.exchange(server, "GET /branches?filler=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost"
                + "\r\n\r\n"), 414, "uri-too-long");
    }

    @Test
    void headers_larger_than_the_limit_are_refused_with_431() throws IOException {
        problem(RawHttp.exchange(server, "GET /branches HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "a".repeat(30_000)
                + "\r\n\r\n"), 431, "headers-too-large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOT HTTP AT ALL\r\n\r\n", "GET /bran ches HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /branches HTTP/1.1\r\nHost: localhost\r\nA Header: with a space in its name\r\n\r\n",
            "GET /branches HTTP/1.1\r\nHost: localhost\r\nContent-Length: many\r\n\r\n"})
    void a_request_netty_cannot_read_is_refused_with_400(String request) throws IOException {
        problem(RawHttp.exchange(server, request), 400, "bad-request");
    }

    @Test
    void a_request_without_a_host_is_refused_with_400_saying_so() throws IOException {
        JsonNode body = problem(RawHttp.exchange(server, "GET /branches HTTP/1.1\r\nAccept: */*\r\n\r\n"), 400,
                "bad-request");
        assertTrue(body.path("detail").asText().contains("'Host' header is required"), body.toString());
    }
}
