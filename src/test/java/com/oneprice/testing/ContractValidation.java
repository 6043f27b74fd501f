package com.oneprice.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every answer the HTTP test suite receives through REST Assured is checked against the committed contract
 * ({@link Contract}), and the test fails on a fault: a status the operation does not declare, a media type it does
 * not declare for that status, a body that does not fit the schema (an undeclared field, a null it does not allow, a
 * value outside an enum...), or an answer without a body where one is declared.
 *
 * <p>The request is checked too when the service accepted it (2xx): its query and path parameters and its JSON body
 * against the operation's. A request the service refused is not checked, so that negative tests may send what the
 * contract forbids (that is their point); what this catches is the service accepting something the contract says it
 * does not take, or a test relying on input the contract does not promise. A test that uses such input on purpose says
 * so with {@link #beyondTheSchema}.
 *
 * <p>Paths under /q/ (health, metrics, the contract itself) and CORS preflights are not part of the contract. Installed
 * once per Quarkus application, before the first test, by the QuarkusTestBeforeEachCallback service registration, for
 * the {@code *IT} twins against the packaged jar too (quarkus.test.enable-callbacks-for-integration-tests).
 */
public final class ContractValidation implements Filter, QuarkusTestBeforeEachCallback {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadLocal<Boolean> TOLERATED = ThreadLocal.withInitial(() -> false);

    /**
     * Runs requests that use, on purpose, a tolerance of the service that the contract's schemas do not declare (the
     * contract describes it in words): their answers are checked, the requests are not.
     */
    public static void beyondTheSchema(Runnable requests) {
        TOLERATED.set(true);
        try {
            requests.run();
        } finally {
            TOLERATED.set(false);
        }
    }

    /** Adds the check to REST Assured's filters, once; tests that start the service themselves call it. */
    public static void install() {
        if (RestAssured.filters().stream().noneMatch(ContractValidation.class::isInstance)) {
            RestAssured.filters(new ContractValidation());
        }
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
                           FilterContext context) {
        Response response = context.next(request, expected);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (path.startsWith("/q/") || isPreflight(request)) {
            return response;
        }
        List<String> faults = check(request.getMethod(), path, uri.getRawQuery(), TOLERATED.get() ? null : body(request),
                request.getContentType(), response.statusCode(), response.contentType(), response.asString());
        if (!faults.isEmpty()) {
            throw new AssertionError("the answer to " + request.getMethod() + " " + path + " (" + response.statusCode()
                    + ") breaks openapi/openapi.yaml:\n  " + String.join("\n  ", faults)
                    + "\nanswer: " + shortened(response.asString()));
        }
        return response;
    }

    /** A browser's CORS preflight, which the HTTP edge answers before any operation: no part of the contract. */
    private static boolean isPreflight(FilterableRequestSpecification request) {
        return "OPTIONS".equals(request.getMethod())
                && request.getHeaders().hasHeaderWithName("Access-Control-Request-Method");
    }

    /** The faults of one exchange; also for tests that call the service without REST Assured. */
    public static List<String> check(String method, String path, String query, String requestBody,
                                     String requestType, int status, String contentType, String body) {
        Contract contract = Contract.committed();
        List<String> faults = new ArrayList<>();
        Optional<Contract.Operation> found = contract.operation(method, path);
        if (found.isEmpty()) {
            // no such operation: the service must say so as a problem (404 unknown path, 405 other method)
            int expected = contract.route(path).isPresent() ? 405 : 404;
            if (status != expected) {
                faults.add("no operation " + method + " " + path + " in the contract, yet answered " + status);
            }
            problem(contract, contentType, body, faults);
            return faults;
        }
        Contract.Operation operation = found.get();
        JsonNode responses = operation.node().get("responses");
        String code = Integer.toString(status);
        String declared = responses.has(code) ? code : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        if (declared == null) {
            faults.add("status " + status + " is not declared (declared: " + names(responses) + ")");
            return faults;
        }
        JsonNode answer = contract.resolve(responses.get(declared));
        String pointer = operation.pointer() + "/responses/" + declared;
        JsonNode content = answer.get("content");
        String media = mediaType(contentType);
        if (content == null || content.isEmpty()) {
            if (!body.isEmpty()) {
                faults.add("status " + status + " declares no body, yet one came (" + contentType + ")");
            }
        } else if (media == null || !content.has(media)) {
            faults.add("media type " + contentType + " is not declared for " + status + " (declared: "
                    + names(content) + ")");
        } else if (isJson(media)) {
            faults.addAll(contract.faults(pointer + "/content/" + Contract.escape(media) + "/schema", body));
        }
        if (status >= 200 && status < 300) {
            faults.addAll(request(contract, operation, query, requestBody, requestType));
        }
        return faults;
    }

    private static List<String> request(Contract contract, Contract.Operation operation, String query,
                                        String body, String type) {
        List<String> faults = new ArrayList<>();
        Map<String, List<String>> given = new LinkedHashMap<>();
        operation.path().forEach((name, value) -> given.put("path:" + name, List.of(decode(value))));
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                given.computeIfAbsent("query:" + name, k -> new ArrayList<>()).add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        JsonNode parameters = operation.node().get("parameters");
        List<String> known = new ArrayList<>();
        if (parameters != null) {
            for (int i = 0; i < parameters.size(); i++) {
                JsonNode parameter = contract.resolve(parameters.get(i));
                String key = parameter.get("in").asText() + ":" + parameter.get("name").asText();
                known.add(key);
                List<String> values = given.get(key);
                if (values == null) {
                    if (parameter.path("required").asBoolean() && !key.startsWith("header:")) {
                        faults.add("the request lacks the required parameter " + key);
                    }
                    continue;
                }
                JsonNode schema = contract.resolve(parameter.get("schema"));
                String pointer = operation.pointer() + "/parameters/" + i + "/schema";
                for (String value : values) {
                    faults.addAll(contract.faults(pointer, typed(value, schema)).stream()
                            .map(f -> key + "=" + value + ": " + f).toList());
                }
            }
        }
        given.keySet().stream().filter(k -> !known.contains(k))
                .forEach(k -> faults.add("the request has the undeclared parameter " + k));
        JsonNode requestBody = operation.node().get("requestBody");
        String media = mediaType(type);
        if (requestBody != null && body != null && media != null && isJson(media)) {
            JsonNode content = contract.resolve(requestBody).get("content");
            if (content.has(media)) {
                faults.addAll(contract.faults(operation.pointer() + "/requestBody/content/" + Contract.escape(media)
                        + "/schema", body).stream().map(f -> "request body: " + f).toList());
            }
        }
        return faults;
    }

    /** A parameter's text as the JSON value its schema types it as: 5 for an integer, true for a boolean. */
    private static String typed(String value, JsonNode schema) {
        String type = schema.path("type").asText();
        try {
            if (type.equals("integer") && value.matches("-?[0-9]+")) {
                return value;
            }
            if (type.equals("boolean") && (value.equals("true") || value.equals("false"))) {
                return value;
            }
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void problem(Contract contract, String contentType, String body, List<String> faults) {
        if (!"application/problem+json".equals(mediaType(contentType))) {
            faults.add("the refusal is " + contentType + ", not application/problem+json");
        } else {
            faults.addAll(contract.faults("/components/schemas/Problem", body));
        }
    }

    private static String body(FilterableRequestSpecification request) {
        Object body = request.getBody();
        return body instanceof String text ? text : body instanceof byte[] bytes
                ? new String(bytes, StandardCharsets.UTF_8) : null;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase();
    }

    private static boolean isJson(String media) {
        return media.equals("application/json") || media.endsWith("+json");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String shortened(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }
}
