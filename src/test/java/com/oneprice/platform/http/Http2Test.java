package com.oneprice.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.oneprice.testing.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the contract answers over HTTP/2 exactly as over HTTP/1.1: through Java's HttpClient forced to
 * HTTP/2, as h2c on the plain port (the client upgrades) and as h2 over TLS (ALPN). The client of the generated
 * {@code native} Java client is this one, and browsers speak HTTP/2 over TLS.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(EdgeProfile.class)
class Http2Test {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Reads of demo objects no test here changes, whose bodies every pass must see alike. */
    static final Set<String> STABLE = Set.of("GET /ping", "GET /branches/{code}", "GET /services/{code}",
            "GET /promotions/{code}", "GET /prices/effective", "GET /prices/compare", "GET /prices/timeline");
    /** One moment for every pass, so their price answers are the same answer. */
    static final String AT = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

    @TestHTTPResource("/")
    URI plain;

    @TestHTTPResource(value = "/", tls = true)
    URI tls;

    /** What an operation answered: the status, the media type and, for a read that does not change, the body. */
    record Answer(int status, String mediaType, String stableBody) {
    }

    /** One pass over every operation, with catalog objects and quotes of its own. */
    static final class Pass {
        final HttpClient client;
        final URI base;
        final Map<String, Answer> answers = new TreeMap<>();
        final Set<HttpClient.Version> versions = new TreeSet<>();

        Pass(HttpClient client, URI base) {
            this.client = client;
            this.base = base;
        }

        HttpResponse<String> send(String operation, String path, String token, String body, String... headers)
                throws IOException, InterruptedException {
            String method = operation.substring(0, operation.indexOf(' '));
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json, text/csv")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", body.startsWith("{") ? "application/json" : "text/csv");
            }
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").map(t -> t.split(";")[0]).orElse("");
            answers.put(operation, new Answer(response.statusCode(), type,
                    STABLE.contains(operation) ? withoutCatalogVersion(response.body()) : null));
            versions.add(response.version());
            return response;
        }

        /**
         * The reads and writes every catalog collection has: its list, one that exists, and one of the pass's own
         * created and then replaced under the ETag its creation answered.
         */
        void readCreateAndReplace(String collection, String existing, String code, String reader, String writer,
                                  String created, String replacement) throws IOException, InterruptedException {
            String path = "/" + collection;
            send("GET " + path, path, reader, null);
            send("GET " + path + "/{code}", path + "/" + existing, reader, null);
            String etag = send("POST " + path, path, writer, created).headers().firstValue("ETag").orElseThrow();
            send("PUT " + path + "/{code}", path + "/" + code, writer, replacement, "If-Match", etag);
        }

        void everyOperation() throws IOException, InterruptedException {
            String admin = Tokens.admin();
            String operator = Tokens.operator();
            String tag = unique().toLowerCase();
            String branch = "h2t-" + tag;
            String service = "H2T-" + tag.toUpperCase();
            String promotion = "H2T-" + tag.toUpperCase();
            String from = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).toString();

            send("GET /ping", "/ping", operator, null);
            readCreateAndReplace("branches", "central", branch, operator, admin, """
                    {"code": "%s", "name": "HTTP/2", "timezone": "Europe/Moscow", "currency": "RUB"}
                    """.formatted(branch), """
                    {"name": "HTTP/2 renamed", "timezone": "Europe/Moscow", "currency": "RUB"}
                    """);
            send("DELETE /branches/{code}", "/branches/" + branch, admin, null);

            readCreateAndReplace("services", "MRI-KNEE", service, operator, admin, """
                    {"code": "%s", "name": "HTTP/2", "category": "http2", "kind": "SIMPLE"}
                    """.formatted(service), """
                    {"name": "HTTP/2 renamed", "category": "http2", "kind": "SIMPLE"}
                    """);
            send("POST /services", "/services", admin, """
                    {"code": "%s-X", "name": "HTTP/2 to delete", "category": "http2", "kind": "SIMPLE"}
                    """.formatted(service));
            send("DELETE /services/{code}", "/services/" + service + "-X", admin, null);

            HttpResponse<String> price = send("POST /prices", "/prices", admin, """
                    {"service": "%s", "amount": {"amount": "1234.00", "currency": "RUB"}, "validFrom": "%s"}
                    """.formatted(service, from));
            send("GET /prices", "/prices?service=MRI-KNEE", operator, null);
            send("GET /prices/{id}", "/prices/" + JSON.readTree(price.body()).path("id").asText(), operator, null);
            send("POST /prices/import", "/prices/import?dryRun=true", admin,
                    "service,branch,amount,currency,validFrom\n" + service + ",,1300.00,RUB,2099-01-01T00:00:00Z\n");
            send("GET /prices/effective", "/prices/effective?branch=north&service=MRI-KNEE&at=" + AT, operator, null);
            send("GET /prices/compare", "/prices/compare?service=MRI-KNEE&at=" + AT, operator, null);
            send("GET /prices/timeline", "/prices/timeline?branch=north&service=MRI-KNEE&from=" + AT, operator, null);

            String promotionBody = """
                    {"code": "%s", "name": "HTTP/2", "discount": {"type": "PERCENT", "value": "5"},
                     "window": {"startsAt": "2099-01-01T00:00:00Z"}, "scope": {"services": ["%s"]}}
                    """.formatted(promotion, service);
            readCreateAndReplace("promotions", "MRI-WEEK", promotion, operator, admin, promotionBody, promotionBody);
            send("DELETE /promotions/{code}", "/promotions/" + promotion, admin, null);

            String quoteBody = """
                    {"branch": "central", "channel": "PHONE", "items": [{"service": "%s", "quantity": 1}]}
                    """.formatted(service);
            String voided = JSON.readTree(send("POST /quotes", "/quotes", operator, quoteBody, "Idempotency-Key",
                    "h2t-" + tag).body()).path("code").asText();
            send("GET /quotes/{code}", "/quotes/" + voided, operator, null);
            send("POST /quotes/{code}/void", "/quotes/" + voided + "/void", operator, null);
            String redeemed = JSON.readTree(send("POST /quotes", "/quotes", operator, quoteBody).body())
                    .path("code").asText();
            send("POST /quotes/{code}/redeem", "/quotes/" + redeemed + "/redeem", operator, null);
            send("GET /quotes", "/quotes?issuedBy=operator-17&size=5", operator, null);
            send("POST /quotes/verify", "/quotes/verify", operator, """
                    {"branch": "north", "channel": "PHONE", "items": [{"service": "MRI-KNEE", "quantity": 1}],
                     "quotedTotal": {"amount": "4000.00", "currency": "RUB"}}
                    """);
            send("GET /reports/discrepancies", "/reports/discrepancies?groupBy=reason", admin, null);
            send("GET /audit", "/audit?entity=branch&key=" + branch, admin, null);
        }
    }

    /** The catalog version moves with every write of the passes; the rest of a stable answer does not. */
    static String withoutCatalogVersion(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            if (json instanceof ObjectNode object) {
                object.remove("catalogVersion");
            }
            return json.toString();
        } catch (IOException e) {
            return body;
        }
    }

    HttpClient client(HttpClient.Version version) throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("test-tls/localhost.p12")) {
            trusted.load(in, "test-only".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().version(version).sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
    }

    Pass pass(HttpClient.Version version, URI base) throws IOException, InterruptedException,
            GeneralSecurityException {
        Pass pass = new Pass(client(version), base);
        pass.everyOperation();
        return pass;
    }

    @Test
    void every_operation_answers_over_h2c_and_h2_as_over_http_1_1() throws Exception {
        Pass http1 = pass(HttpClient.Version.HTTP_1_1, plain);
        assertEquals(Set.of(HttpClient.Version.HTTP_1_1), http1.versions);
        assertEquals(operationsOfTheContract(), http1.answers.keySet(), "the pass covers every operation");
        http1.answers.forEach((operation, answer) -> assertTrue(answer.status() < 300,
                operation + " answered " + answer));

        for (URI base : new URI[]{plain, tls}) {
            Pass http2 = pass(HttpClient.Version.HTTP_2, base);
            assertEquals(Set.of(HttpClient.Version.HTTP_2), http2.versions, base.toString());
            assertEquals(http1.answers, http2.answers, base.toString());
        }
    }

    static Set<String> operationsOfTheContract() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi",
                "openapi.yaml"))).path("paths");
        Set<String> operations = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                operations.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }
}
