package com.oneprice.platform;

import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Problems.refused;
import static org.hamcrest.Matchers.equalTo;

/**
 * Text that PostgreSQL cannot store as given (a NUL) or that is not text at all (an unpaired surrogate) is refused
 * with a 400 naming where it was, wherever it comes in, instead of a 500 or a silently stored "?". A CSV file's byte
 * order mark is not text of its first column.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class StorableTextTest {

    @Test
    void a_nul_in_a_json_string_is_refused_naming_the_field() {
        String code = "st" + unique().toLowerCase();
        refused(asAdmin().body("""
                {"code": "%s", "name": "North\\u0000clinic", "timezone": "Europe/Moscow", "currency": "RUB"}
                """.formatted(code)).post("/branches").then(), "name");
        asOperator().get("/branches/" + code).then().statusCode(404);
    }

    @Test
    void a_nul_in_a_list_of_codes_is_refused_naming_the_element() {
        refused(asAdmin().body("""
                {"code": "ST-%s", "name": "Promotion", "discount": {"type": "PERCENT", "value": "10"},
                 "window": {"startsAt": "2026-01-01T00:00:00Z"}, "scope": {"services": ["MRI-KNEE", "ECG\\u0000"]}}
                """.formatted(unique())).post("/promotions").then(), "scope.services[1]");
    }

    @Test
    void an_unpaired_surrogate_is_refused_rather_than_stored_as_a_question_mark() {
        String code = "ST-" + unique();
        refused(asAdmin().body("""
                {"code": "%s", "name": "a\\ud800b", "category": "dermatology", "kind": "SIMPLE"}
                """.formatted(code)).post("/services").then(), "name");
        asOperator().get("/services/" + code).then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({"operator, /prices, service", "auditor, /quotes, issuedBy", "auditor, /audit, key"})
    void a_nul_in_a_query_parameter_is_refused_naming_it(String role, String path, String parameter) {
        refused(as(Tokens.of(role)).queryParam(parameter, "a\u0000b").get(path).then(), parameter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/services/{code}", "/branches/{code}", "/promotions/{code}"})
    void a_nul_in_a_path_parameter_is_refused_naming_it(String path) {
        refused(asOperator().get(path, "\u0000").then(), "code");
    }

    @Test
    void a_nul_in_a_csv_cell_is_refused_naming_its_row_and_column() {
        String service = "ST-" + unique();
        simpleService(service);
        refused(asAdmin().contentType("text/csv").body("""
                service,branch,amount,currency,validFrom
                %s,nor\u0000th,100.00,RUB,2026-01-01T00:00:00Z
                """.formatted(service)).post("/prices/import").then(), "rows[0].branch");
    }

    @Test
    void a_csv_saved_with_a_byte_order_mark_is_imported() {
        String service = "ST-" + unique();
        simpleService(service);
        asAdmin().contentType("text/csv; charset=UTF-8").body("""
                \uFEFFservice,amount,currency,validFrom
                %s,100.00,RUB,2026-01-01T00:00:00Z
                """.formatted(service)).post("/prices/import").then().statusCode(200).body("rows", equalTo(1));
    }
}
