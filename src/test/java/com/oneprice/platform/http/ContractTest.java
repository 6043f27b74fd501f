package com.oneprice.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.oneprice.platform.problems.Problem;
import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static com.oneprice.testing.Api.asOperator;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed contract openapi/openapi.yaml is what the service serves, compared as YAML trees, and what the HTTP
 * tests' answers are checked against, in the test's JVM and against the packaged jar ({@link ContractIT}) alike.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ContractTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void the_served_contract_is_the_committed_one() throws IOException {
        JsonNode served = YAML.readTree(given().accept("application/yaml").get("/q/openapi?format=yaml").asString());
        JsonNode committed = YAML.readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        List<String> differences = new ArrayList<>();
        compare("", committed, served, differences);
        assertTrue(differences.isEmpty(), "openapi/openapi.yaml differs from the served contract at "
                + differences.subList(0, Math.min(10, differences.size()))
                + (differences.size() > 10 ? " and " + (differences.size() - 10) + " more" : "")
                + "; run bin/update-contract and review the change");
    }

    @Test
    void the_contract_declares_the_bearer_scheme_and_problem_answers() throws IOException {
        JsonNode committed = YAML.readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        assertEquals("bearer", committed.at("/components/securitySchemes/bearerAuth/scheme").asText());
        assertTrue(committed.at("/security/0").has("bearerAuth"));
        JsonNode verify = committed.at("/paths/~1quotes~1verify/post");
        assertTrue(verify.at("/responses/400/content").has("application/problem+json"));
        assertTrue(verify.at("/requestBody/content/application~1json/examples").has("verify-quoted-amount"));
    }

    @Test
    void answers_from_the_snapshot_declare_its_age_and_their_503_when_to_retry() throws IOException {
        JsonNode committed = YAML.readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        for (String operation : List.of("/paths/~1prices~1effective/get", "/paths/~1prices~1compare/get",
                "/paths/~1quotes~1verify/post")) {
            assertTrue(committed.at(operation + "/responses/200/headers").has("Catalog-Age"), operation);
            assertTrue(committed.at(operation + "/responses/503/headers").has("Retry-After"), operation);
        }
        assertTrue(committed.at("/paths/~1quotes/post/responses/503/headers").has("Retry-After"));
        List<String> types = new ArrayList<>();
        committed.at("/components/schemas/Problem/properties/type/enum").forEach(t -> types.add(t.asText()));
        assertTrue(types.contains("urn:oneprice:problem:database-unavailable"), types.toString());
    }

    @Test
    void the_answers_of_the_http_tests_are_checked_against_the_contract() {
        // the service ignores a query parameter it does not know; the contract declares none such for /branches
        AssertionError fault = assertThrows(AssertionError.class, () -> asOperator().get("/branches?colour=red"));
        assertTrue(fault.getMessage().contains("undeclared parameter query:colour"), fault.getMessage());
    }

    /** Adds the JSON pointer of every place where {@code expected} and {@code actual} differ. */
    static void compare(String at, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()) {
            differences.add((at.isEmpty() ? "/" : at) + (expected == null ? " (only served)"
                    : actual == null ? " (only committed)" : " (type)"));
            return;
        }
        if (expected.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(at + "/" + name.replace("~", "~0").replace("/", "~1"), expected.get(name), actual.get(name),
                        differences);
            }
        } else if (expected.isArray()) {
            int size = Math.max(expected.size(), actual.size());
            for (int i = 0; i < size; i++) {
                compare(at + "/" + i, expected.get(i), actual.get(i), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(at + " (" + expected + " ≠ " + actual + ")");
        }
    }
}
