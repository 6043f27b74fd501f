package com.oneprice.platform.http;

import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.ContractValidation.beyondTheSchema;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Problems.problem;
import static com.oneprice.testing.Problems.refused;
import static org.hamcrest.Matchers.equalTo;

/** A request body means exactly what it says: one object, each key once, each value in its own JSON type. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class StrictJsonTest {

    static String branch(String code, String name, String active) {
        return """
                {"code": %s, "name": %s, "timezone": "Europe/Moscow", "currency": "RUB", "active": %s}
                """.formatted(code, name, active);
    }

    static ValidatableResponse verify(String quantity) {
        return asOperator().body("""
                {"branch": "central", "channel": "PHONE", "items": [{"service": "MRI-KNEE", "quantity": %s}]}
                """.formatted(quantity)).post("/quotes/verify").then();
    }

    static ValidatableResponse postPrice(String service, String amount) {
        return asAdmin().body("""
                {"service": "%s", "amount": {"amount": %s, "currency": "RUB"}, "validFrom": "2026-01-01T00:00:00Z"}
                """.formatted(service, amount)).post("/prices").then();
    }

    @ParameterizedTest
    @ValueSource(strings = {" garbage", "{}", "[]"})
    void content_after_the_body_is_refused_and_nothing_is_stored(String trailing) {
        String code = "sj" + unique().toLowerCase();
        problem(asAdmin().body(branch("\"" + code + "\"", "\"Branch\"", "true") + trailing).post("/branches").then(),
                400).body("type", equalTo("urn:oneprice:problem:malformed-json"));
        asOperator().get("/branches/" + code).then().statusCode(404);
    }

    @Test
    void a_key_given_twice_is_refused_rather_than_the_last_one_winning() {
        String code = "sj" + unique().toLowerCase();
        problem(asAdmin().body(branch("\"" + code + "\", \"code\": \"" + code + "x\"", "\"Branch\"", "true"))
                .post("/branches").then(), 400);
        asOperator().get("/branches/" + code + "x").then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"123|\"Branch\"|code", "\"sj-bool\"|true|name"})
    void a_number_or_boolean_where_text_belongs_is_refused_naming_the_field(String code, String name, String field) {
        refused(asAdmin().body(branch(code, name, "true")).post("/branches").then(), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "1.5", "1.0"})
    void a_string_or_fraction_where_a_whole_number_belongs_is_refused_naming_the_field(String quantity) {
        refused(verify(quantity), "items[0].quantity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "\"true\""})
    void a_number_or_string_where_a_boolean_belongs_is_refused_naming_the_field(String active) {
        refused(asAdmin().body(branch("\"sj" + unique().toLowerCase() + "\"", "\"Branch\"", active))
                .post("/branches").then(), "active");
    }

    @Test
    void a_kind_given_by_its_position_in_the_list_is_refused() {
        refused(asAdmin().body("""
                {"code": "SJ-%s", "name": "Service", "category": "dermatology", "kind": 0}
                """.formatted(unique())).post("/services").then(), "kind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+5", " 5", ".5", "5.", "5E3", "5 "})
    void a_money_amount_outside_the_contracts_decimal_pattern_is_refused_naming_it(String amount) {
        String service = "SJ-" + unique();
        simpleService(service);
        refused(postPrice(service, "\"" + amount + "\""), "amount.amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"4500.00\"", "4500.5", "4500"})
    void a_money_amount_is_a_decimal_string_or_a_json_number(String amount) {
        String service = "SJ-" + unique();
        simpleService(service);
        // the contract types amounts as strings, for generated clients; the service also takes a JSON number
        beyondTheSchema(() -> postPrice(service, amount).statusCode(201));
    }
}
