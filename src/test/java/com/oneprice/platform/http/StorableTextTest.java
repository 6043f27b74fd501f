package com.oneprice.platform.http;

import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.TestDatabase;
import com.oneprice.testing.Tokens;
import com.oneprice.testing.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Stream;

import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Problems.refused;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Text that PostgreSQL cannot store as given (a NUL), that is not text at all (an unpaired surrogate) or that is not
 * shown as it is stored (control, separator and invisible formatting characters) is refused with a 400 naming where
 * it was, wherever it comes in, instead of a 500, a silently stored "?" or a name that reads as another. A CSV file's
 * byte order mark is not text of its first column.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class StorableTextTest {

    @TestDatabase
    DataSource dataSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u001b[2J", "\u202e", "\u200b"})
    void a_nul_control_or_invisible_character_in_a_csv_cell_is_refused_naming_its_row_and_column(String character) {
        String service = "ST-" + unique();
        simpleService(service);
        refused(asAdmin().contentType("text/csv; charset=UTF-8").body("""
                service,branch,amount,currency,validFrom
                %s,nor%sth,100.00,RUB,2026-01-01T00:00:00Z
                """.formatted(service, character)).post("/prices/import").then(), "rows[0].branch");
    }

    /** JSON escapes of what the tester stored: controls, DEL, C1, separators, bidi controls, zero-width characters. */
    static final String[] INVISIBLE = {"\\u0009", "\\n", "\\u001b[31m", "\\u007f", "\\u0085", "\\u2028", "\\u202e",
            "\\u2066", "\\u200b", "\\u200d", "\\ufeff", "\\u2060", "\\u00ad", "\\udb40\\udc41"};

    static Stream<String> invisible() {
        return Stream.of(INVISIBLE);
    }

    @ParameterizedTest
    @MethodSource("invisible")
    void a_branch_name_with_a_control_or_invisible_character_is_refused_naming_it(String character) {
        String code = "st" + unique().toLowerCase();
        refused(asAdmin().body("""
                {"code": "%s", "name": "North%sclinic", "timezone": "Europe/Moscow", "currency": "RUB"}
                """.formatted(code, character)).post("/branches").then(), "name")
                .body("errors[0].message", containsString("a control or invisible formatting character"));
        asOperator().get("/branches/" + code).then().statusCode(404);
    }

    @ParameterizedTest
    @MethodSource("invisible")
    void a_service_category_with_a_control_or_invisible_character_is_refused_naming_it(String character) {
        refused(asAdmin().body("""
                {"code": "ST-%s", "name": "Service", "category": "derma%stology", "kind": "SIMPLE"}
                """.formatted(unique(), character)).post("/services").then(), "category");
    }

    @ParameterizedTest
    @MethodSource("invisible")
    void a_customer_reference_with_a_control_or_invisible_character_is_refused_naming_it(String character) {
        refused(asOperator().body("""
                {"branch": "central", "channel": "PHONE", "items": [{"service": "MRI-KNEE", "quantity": 1}],
                 "customerRef": "crm-%s5521"}
                """.formatted(character)).post("/quotes").then(), "customerRef");
    }

    /** Scoped to a service that does not exist, so that no other test's prices could ever meet it. */
    @Test
    void a_promotion_name_with_a_bidi_override_and_a_category_with_a_zero_width_space_are_refused_naming_them() {
        refused(asAdmin().body("""
                {"code": "ST-%s", "name": "Autumn \\u202e%%01- IRM", "discount": {"type": "PERCENT", "value": "10"},
                 "window": {"startsAt": "2026-01-01T00:00:00Z"}, "scope": {"services": ["ST-%s"]}}
                """.formatted(unique(), unique())).post("/promotions").then(), "name");
        refused(asAdmin().body("""
                {"code": "ST-%s", "name": "Autumn", "discount": {"type": "PERCENT", "value": "10"},
                 "window": {"startsAt": "2026-01-01T00:00:00Z"},
                 "scope": {"services": ["ST-%s"], "categories": ["mri\\u200b"]}}
                """.formatted(unique(), unique())).post("/promotions").then(), "scope.categories[0]");
    }

    @Test
    void a_code_with_a_zero_width_space_is_refused_naming_it_not_looked_up() {
        refused(asOperator().body("""
                {"branch": "central", "channel": "PHONE", "items": [{"service": "MRI\\u200b-KNEE", "quantity": 1}]}
                """).post("/quotes/verify").then(), "items[0].service");
        refused(asOperator().queryParam("service", "MRI-KNEE\u202e").get("/prices/compare").then(), "service");
    }

    @Test
    void names_in_any_script_with_punctuation_and_symbols_are_kept_as_given() {
        String code = "st" + unique().toLowerCase();
        String name = "Клиника «Север» — ёлки, Zürich №1 (東京) ½ € 🩺";
        asAdmin().body("""
                {"code": "%s", "name": "%s", "timezone": "Europe/Moscow", "currency": "RUB"}
                """.formatted(code, name)).post("/branches").then().statusCode(201);
        asOperator().get("/branches/" + code).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void the_database_itself_refuses_a_name_with_a_bidi_override() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into branch (code, name, timezone, "
                     + "currency) values (?, ?, 'Europe/Moscow', 'RUB')")) {
            insert.setString(1, "st" + unique().toLowerCase());
            insert.setString(2, "North\u202eclinic");
            SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
            assertEquals("23514", refused.getSQLState());
            assertThat(refused.getMessage(), containsString("branch_name_visible"));
        }
    }

    @Test
    void the_database_itself_refuses_a_quote_whose_customer_reference_has_a_control_character() {
        String code = asOperator().body(Fixtures.quote("central", "PHONE", "MRI-KNEE")).post("/quotes").then()
                .statusCode(201).extract().path("code");
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement copy = connection.prepareStatement("insert into quote (code, issued_at, issued_by, "
                         + "channel, branch_id, priced_at, items, lines, total, currency, catalog_version, expires_at, "
                         + "customer_ref) select code || '-copy', issued_at, issued_by, channel, branch_id, priced_at, "
                         + "items, lines, total, currency, catalog_version, expires_at, ? from quote where code = ?")) {
                copy.setString(1, "crm-\u0085-1");
                copy.setString(2, code);
                copy.executeUpdate();
            }
        });
        assertEquals("23514", refused.getSQLState());
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
