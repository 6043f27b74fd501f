package com.oneprice.platform.http;

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

import static com.oneprice.platform.http.HttpLayerProblemsTest.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A caller without a valid token is answered 401 before its body is read: each request here announces a body and
 * never sends it, so an answer at all proves nothing waited for the body (nor parsed it).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AuthenticationBeforeBodyTest {

    @TestHTTPResource("/")
    URI server;

    static String announcing(String method, String path, String authorization) {
        return """
                %s %s HTTP/1.1\r
                Host: localhost\r
                %sContent-Type: application/json\r
                Content-Length: 9000000\r
                \r
                """.formatted(method, path, authorization == null ? "" : "Authorization: " + authorization + "\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /quotes/verify", "POST /quotes", "POST /branches", "PUT /branches/central",
            "POST /prices/import", "DELETE /promotions/MRI-WEEK"})
    void an_anonymous_write_is_refused_before_its_body(String operation) throws IOException {
        String[] parts = operation.split(" ");
        RawHttp.Answer answer = RawHttp.exchange(server, announcing(parts[0], parts[1], null));
        problem(answer, 401, "unauthenticated");
        assertEquals("Bearer", answer.header("WWW-Authenticate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer not-a-jwt", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"})
    void a_token_that_does_not_verify_is_refused_before_the_body(String authorization) throws IOException {
        problem(RawHttp.exchange(server, announcing("POST", "/quotes/verify", authorization)), 401,
                "unauthenticated");
    }

    @Test
    void an_expired_token_is_refused_before_the_body() throws IOException {
        problem(RawHttp.exchange(server, announcing("POST", "/quotes/verify", "Bearer " + Tokens.expired("operator"))),
                401, "unauthenticated");
    }
}
