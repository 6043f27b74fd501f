package com.oneprice.catalog;

import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static com.oneprice.testing.Api.anonymous;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Problems.refused;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** GET /services?q= on the demo clinic network and on services of the test's own; aliases through the API. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ServiceSearchTest {

    @TestDatabase
    DataSource dataSource;

    static ValidatableResponse search(String query) {
        return asOperator().queryParam("q", query).get("/services").then();
    }

    static String service(String code, String name, String... aliases) {
        String list = String.join(", ", java.util.Arrays.stream(aliases).map(a -> "\"" + a + "\"").toList());
        return """
                {"code": "%s", "name": "%s", "aliases": [%s], "category": "search-test", "kind": "SIMPLE"}
                """.formatted(code, name, list);
    }

    @ParameterizedTest
    @ValueSource(strings = {"мрт колена", "мрт калена", "vhn rjktyf", "knee mri"})
    void the_knee_mri_is_found_first_however_the_operator_types_it(String query) {
        search(query).statusCode(200)
                .body("items[0].code", equalTo("MRI-KNEE"))
                .body("items[0].name", equalTo("МРТ коленного сустава"))
                .body("items[0].aliases", hasItem("knee MRI"));
    }

    @Test
    void a_service_is_found_by_its_aliases_as_soon_as_it_is_created_and_by_the_new_ones_once_replaced() {
        String code = "SS-" + unique();
        String word = "лунакамень" + code.substring(3).toLowerCase();
        asAdmin().body(service(code, "Поиск " + code, word, "moonstone scan")).post("/services").then()
                .statusCode(201).body("aliases", equalTo(List.of(word, "moonstone scan")));
        search(word).statusCode(200).body("items[0].code", equalTo(code)).body("total", equalTo(1));

        asAdmin().body(service(code, "Поиск " + code, "другое имя " + code)).put("/services/" + code)
                .then().statusCode(200).body("aliases", equalTo(List.of("другое имя " + code)));
        search(word).statusCode(200).body("items.code", not(hasItem(code)));
        search("другое имя " + code).statusCode(200).body("items[0].code", equalTo(code));
    }

    @Test
    void search_takes_the_lists_filters_and_pages_the_ranking() {
        search("чекап").statusCode(200).body("items[0].code", equalTo("CHECKUP-BASIC"));
        asOperator().queryParam("q", "чекап").queryParam("kind", "SIMPLE").get("/services").then().statusCode(200)
                .body("items.code", not(hasItem("CHECKUP-BASIC")));
        ValidatableResponse all = search("мрт").statusCode(200).body("total", greaterThanOrEqualTo(2));
        asOperator().queryParam("q", "мрт").queryParam("size", "1").queryParam("page", "1").get("/services").then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(all.extract().<String>path("items[1].code"))))
                .body("total", equalTo(all.extract().<Integer>path("total")));
    }

    @Test
    void an_archived_service_is_found_only_when_asked_for() {
        String code = "SS-" + unique();
        String word = "архивный" + code.substring(3).toLowerCase();
        asAdmin().body(service(code, "Услуга " + word)).post("/services").then().statusCode(201);
        asAdmin().body("""
                {"service": "%s", "amount": {"amount": "100.00", "currency": "RUB"}, "validFrom": "2020-01-01T00:00:00Z"}
                """.formatted(code)).post("/prices").then().statusCode(201);
        asAdmin().delete("/services/" + code).then().statusCode(204);

        search(word).statusCode(200).body("total", equalTo(0));
        asOperator().queryParam("q", word).queryParam("includeArchived", "true").get("/services").then()
                .statusCode(200).body("items[0].code", equalTo(code)).body("items[0].archivedAt", notNullValue());
    }

    @Test
    void a_query_longer_than_a_hundred_characters_is_400_naming_q() {
        refused(search("м".repeat(101)), "q");
    }

    @Test
    void an_alias_given_twice_is_400_naming_the_second() {
        String code = "SS-" + unique();
        refused(asAdmin().body(service(code, "Дубль", "МРТ", "мрт")).post("/services").then(), "aliases[1]");
    }

    @Test
    void a_blank_alias_is_400_naming_it() {
        String code = "SS-" + unique();
        refused(asAdmin().body(service(code, "Пусто", "ok", " ")).post("/services").then(), "aliases[1]");
    }

    @Test
    void the_database_refuses_aliases_twice_or_with_surrounding_spaces() throws SQLException {
        String code = "SS-" + unique();
        asAdmin().body(service(code, "Проверка")).post("/services").then().statusCode(201);
        for (String aliases : List.of("{МРТ,мрт}", "{\" мрт\"}", "{\"\"}")) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement update = connection.prepareStatement(
                         "update service set aliases = ?::text[] where code = ?")) {
                update.setString(1, aliases);
                update.setString(2, code);
                SQLException refusal = assertThrows(SQLException.class, update::executeUpdate, aliases);
                assertEquals("23514", refusal.getSQLState(), aliases);
            }
        }
    }

    @Test
    void search_is_closed_to_anonymous_callers_like_the_list() {
        anonymous().queryParam("q", "мрт").get("/services").then().statusCode(401);
    }
}
