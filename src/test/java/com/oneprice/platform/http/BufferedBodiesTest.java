package com.oneprice.platform.http;

import com.oneprice.testing.ContractValidation;
import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bodies of a declared length are read whole up front; empty and chunked ones still reach the resources. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BufferedBodiesTest {

    static final String VERIFY = """
            {"branch": "central", "channel": "PHONE", "items": [{"service": "MRI-KNEE", "quantity": 1}]}
            """;

    @TestHTTPResource("/quotes/verify")
    URI verify;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Sent with java.net.http, so checked against the contract here rather than by the REST Assured filter. */
    HttpResponse<String> post(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(verify).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + Tokens.operator())
                .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
        List<String> faults = ContractValidation.check("POST", verify.getPath(), null, VERIFY, "application/json",
                answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null), answer.body());
        assertTrue(faults.isEmpty(), faults.toString());
        return answer;
    }

    @Test
    void a_body_of_known_length_is_answered() throws IOException, InterruptedException {
        HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofString(VERIFY));
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"total\""), answer.body());
    }

    @Test
    void a_chunked_body_of_unknown_length_is_answered() throws IOException, InterruptedException {
        HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(VERIFY.getBytes(StandardCharsets.UTF_8))));
        assertEquals(200, answer.statusCode(), answer.body());
    }

    @Test
    void an_empty_body_is_refused_at_once_not_waited_for() throws IOException, InterruptedException {
        HttpResponse<String> answer = post(HttpRequest.BodyPublishers.noBody());
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
    }
}
