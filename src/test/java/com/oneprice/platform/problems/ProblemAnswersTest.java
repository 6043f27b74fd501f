package com.oneprice.platform.problems;

import com.oneprice.platform.http.ProblemMappers;
import com.oneprice.catalog.branches.BranchCatalog;
import com.oneprice.catalog.branches.BranchEntity;
import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static com.oneprice.testing.Api.anonymous;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Problems.problem;
import static com.oneprice.testing.Problems.refused;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How refusals read: the field or header to fix is named, and nothing from the request forges a log line. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ProblemAnswersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "-2147483649", "1e400"})
    void a_quantity_no_integer_can_hold_is_refused_naming_its_field(String quantity) {
        refused(asOperator().body("""
                {"branch": "central", "channel": "PHONE", "items": [{"service": "MRI-KNEE", "quantity": %s}]}
                """.formatted(quantity)).post("/quotes/verify").then(), "items[0].quantity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"x\"", "42", "true"})
    void a_body_that_is_json_but_not_an_object_is_refused_naming_the_body(String body) {
        refused(asOperator().body(body).post("/quotes/verify").then(), "body")
                .body("detail", equalTo("the body must be a JSON object"));
    }

    @Test
    void a_megabyte_long_code_is_refused_without_being_echoed_back() {
        String branch = "n".repeat(1 << 20);
        String answer = refused(asAdmin().body("""
                {"service": "MRI-KNEE", "branch": "%s", "amount": {"amount": "1.00", "currency": "RUB"},
                 "validFrom": "2026-01-01T00:00:00Z"}""".formatted(branch)).post("/prices").then(), "branch")
                .extract().asString();
        assertTrue(answer.length() < 2000, answer.length() + " characters");
    }

    @Test
    void a_megabyte_long_moment_is_refused_quoting_only_its_start() {
        String answer = refused(asOperator().body("""
                {"branch": "central", "at": "%s", "items": [{"service": "MRI-KNEE", "quantity": 1}]}"""
                .formatted("2".repeat(1 << 20))).post("/quotes/verify").then(), "at")
                .body("errors[0].message", containsString("(1048576 characters)")).extract().asString();
        assertTrue(answer.length() < 2000, answer.length() + " characters");
    }

    @Test
    void a_query_parameter_longer_than_the_contract_allows_is_refused_naming_it() {
        refused(asOperator().queryParam("category", "c".repeat(101)).get("/services").then(), "category")
                .body("errors[0].message", equalTo("must be at most 100 characters, not 101"));
    }

    @Test
    void a_bundle_component_beyond_the_largest_quantity_is_refused_naming_it() {
        refused(asAdmin().body("""
                {"code": "PA-MANY", "name": "Bundle", "category": "checkups", "kind": "BUNDLE",
                 "bundlePricing": {"mode": "SUM"}, "components": [{"service": "ECG", "quantity": 1001}]}""")
                .post("/services").then(), "components[0].quantity");
    }

    @Test
    void a_missing_list_element_is_named_by_its_index() {
        refused(asOperator().body("""
                {"branch": "central", "channel": "PHONE", "items": [null]}
                """).post("/quotes/verify").then(), "items[0]");
    }

    @Test
    void a_blank_code_in_a_scope_list_is_named_by_its_index() {
        refused(asAdmin().body("""
                {"code": "PA-BLANK", "name": "Promotion", "discount": {"type": "PERCENT", "value": "10"},
                 "window": {"startsAt": "2026-01-01T00:00:00Z"}, "scope": {"branches": [" "]}}
                """).post("/promotions").then(), "scope.branches[0]");
    }

    @Test
    void a_missing_token_names_the_authorization_header() {
        problem(anonymous().get("/branches").then(), 401).body("errors[0].field", equalTo("Authorization"));
    }

    @Test
    void an_unanswerable_media_type_names_the_accept_header() {
        problem(asOperator().accept("text/html").get("/branches").then(), 406)
                .body("errors[0].field", equalTo("Accept"));
    }

    @Test
    void a_stale_etag_names_the_if_match_header() {
        problem(asAdmin().header("If-Match", "\"999999\"").body("""
                {"name": "Central clinic", "timezone": "Europe/Moscow", "currency": "RUB"}
                """).put("/branches/central").then(), 412).body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void an_unaccepted_body_media_type_names_the_content_type_header() {
        problem(asOperator().contentType("text/plain").body("x").post("/quotes/verify").then(), 415)
                .body("errors[0].field", equalTo("Content-Type"));
    }

    @Test
    void json_sent_to_the_csv_import_is_told_that_json_is_what_it_does_not_accept() {
        problem(asAdmin().body("{}").post("/prices/import").then(), 415)
                .body("detail", containsString("application/json"))
                .body("detail", not(containsString("send the body as application/json")));
    }

    @Test
    @DisabledOnIntegrationTest("it installs a failing bean and reads the log in the service's own JVM")
    void a_line_break_in_the_path_is_refused_before_it_can_forge_a_log_line() {
        QuarkusMock.installMockForType(new BranchCatalog() {
            @Override
            public Optional<BranchEntity> find(String code) {
                throw new IllegalStateException("a failure nobody expected");
            }
        }, BranchCatalog.class);
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(((ExtLogRecord) record).getFormattedMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(ProblemMappers.class.getName());
        log.addHandler(capture);
        try {
            refused(asOperator().get("/branches/{code}", "x\n00:00:00,000 INFO  [forged] all is well").then(), "code");
        } finally {
            log.removeHandler(capture);
        }
        assertEquals(List.of(), logged, "nothing ran, so nothing was logged");
    }

    @Test
    void request_text_in_the_unexpected_failure_log_stays_on_one_line() {
        String line = ProblemMappers.printable("/branches/x\n00:00:00,000 INFO  [forged]\u2028\\u000a");
        assertFalse(line.contains("\n") || line.contains("\u2028"), line);
        assertEquals("/branches/x\\u000a00:00:00,000 INFO  [forged]\\u2028\\u005cu000a", line);
    }
}
