package com.oneprice.platform.http;

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
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Answers of at least 1 KiB are compressed with what the client accepts; over HTTP/1.1 smaller ones go as they are,
 * since compressing them costs more than it saves.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class CompressionTest {

    @TestHTTPResource("/")
    URI server;

    /** The JDK's client leaves the body as it came, so the encoding can be seen. */
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        return send(client, path, acceptEncoding);
    }

    HttpResponse<byte[]> send(HttpClient client, String path, String acceptEncoding) throws IOException,
            InterruptedException {
        return client.send(HttpRequest.newBuilder(server.resolve(path)).header("Accept-Encoding", acceptEncoding)
                .header("Authorization", "Bearer " + Tokens.operator()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_large_answer_is_gzipped_for_a_client_that_accepts_gzip() throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = get("/services?size=200", "gzip");
        assertEquals(200, answer.statusCode());
        assertEquals("gzip", answer.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(answer.headers().allValues("Vary").stream().anyMatch(v -> v.equalsIgnoreCase("Accept-Encoding")),
                answer.headers().map().toString());
        String json = new String(new GZIPInputStream(new ByteArrayInputStream(answer.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"items\":[") && json.length() > 1024, json);
        assertTrue(answer.body().length < json.length() / 2, answer.body().length + " of " + json.length());
    }

    @Test
    void a_large_answer_is_brotli_compressed_for_a_client_that_prefers_brotli() throws IOException,
            InterruptedException {
        HttpResponse<byte[]> answer = get("/services?size=200", "br, gzip;q=0.5");
        assertEquals("br", answer.headers().firstValue("Content-Encoding").orElse(""));
    }

    @Test
    void a_small_answer_goes_uncompressed() throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = get("/ping", "gzip, br");
        assertEquals(200, answer.statusCode());
        assertFalse(answer.headers().firstValue("Content-Encoding").isPresent(), answer.headers().map().toString());
        assertEquals("{\"status\":\"ok\"}", new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Test
    void a_client_that_accepts_no_encoding_gets_the_answer_as_it_is() throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = get("/services?size=200", "identity");
        assertFalse(answer.headers().firstValue("Content-Encoding").isPresent(), answer.headers().map().toString());
        assertTrue(new String(answer.body(), StandardCharsets.UTF_8).startsWith("{\"items\":["));
    }

    @Test
    void over_http_2_a_large_answer_is_compressed_too() throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = send(HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build(),
                "/services?size=200", "gzip");
        assertEquals(HttpClient.Version.HTTP_2, answer.version());
        assertEquals("gzip", answer.headers().firstValue("Content-Encoding").orElse(""));
    }
}
