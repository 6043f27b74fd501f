package com.oneprice.platform;

import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Problems.refused;
import static org.hamcrest.Matchers.equalTo;

/** How refusals read: the field to fix is named. */
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
}
