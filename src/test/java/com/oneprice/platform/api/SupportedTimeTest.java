package com.oneprice.platform.api;

import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.TestDatabase;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Problems.refused;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every instant and local date-time the API takes lies in the years 1900 to 9999 ({@link Moments}): in JSON bodies,
 * in query parameters and in imported CSV, and PostgreSQL holds the stored ones to the same span.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SupportedTimeTest {

    @TestDatabase
    DataSource dataSource;

    static ValidatableResponse postPrice(String service, String validFrom, String validTo) {
        return asAdmin().body("""
                {"service": "%s", "amount": {"amount": "100.00", "currency": "RUB"}, "validFrom": %s %s}
                """.formatted(service, validFrom, validTo == null ? "" : ", \"validTo\": " + validTo))
                .post("/prices").then();
    }

    static String service() {
        String service = "ST-" + unique();
        simpleService(service);
        return service;
    }

    @Test
    void a_price_from_the_year_294250_is_refused_and_pricing_goes_on() {
        String service = service();
        refused(postPrice(service, "\"+294250-01-01T00:00:00Z\"", null), "validFrom");
        asOperator().get("/prices?service=" + service).then().body("total", equalTo(0));
        asOperator().get("/prices/effective?branch=central&service=MRI-KNEE").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
            "9999-12-31T23:00:00-05:00"})
    void a_price_outside_the_years_1900_to_9999_utc_is_refused_naming_validFrom(String validFrom) {
        refused(postPrice(service(), "\"" + validFrom + "\"", null), "validFrom");
    }

    @Test
    void a_price_may_run_from_the_first_to_the_last_moment_of_the_span_and_is_priced_there() {
        String service = service();
        postPrice(service, "\"1900-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.999999Z\"").statusCode(201);
        asOperator().get("/prices/effective?branch=central&service=" + service + "&at=9999-12-31T12:00:00Z").then()
                .statusCode(200).body("total.amount", equalTo("100.00"))
                .body("validUntil", equalTo("9999-12-31T23:59:59.999999Z"));
    }

    @Test
    void an_instant_given_as_an_epoch_number_is_refused_naming_the_field() {
        refused(postPrice(service(), "1767225600", null), "validFrom");
    }

    /** One row a promotion refused for its window: the rule, the window as the body gives it, the field named. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a promotion ending beyond the span is refused naming window.endsAt | "window": {"startsAt": "2026-01-01T00:00:00Z", "endsAt": "+300000-01-01T00:00:00Z"} | window.endsAt
            a local window with an offset is refused rather than its offset dropped | "localWindow": {"from": "2031-03-01T00:00:00Z"} | localWindow.from
            a local window in the year 10000 is refused naming localWindow.to | "localWindow": {"from": "2031-03-01T00:00", "to": "+10000-01-01T00:00"} | localWindow.to
            """)
    void a_promotion_window_the_api_cannot_hold_is_refused_naming_its_field(String rule, String window, String field) {
        refused(asAdmin().body(promotion(window)).post("/promotions").then(), field);
    }

    @Test
    void a_bundle_composition_from_before_1900_is_refused_naming_compositionFrom() {
        refused(asAdmin().body("""
                {"code": "ST-%s", "name": "Bundle", "category": "checkups", "kind": "BUNDLE",
                 "bundlePricing": {"mode": "SUM"}, "components": [{"service": "ECG", "quantity": 1}],
                 "compositionFrom": "1812-09-07T00:00:00+03:00"}
                """.formatted(unique())).post("/services").then(), "compositionFrom");
    }

    @Test
    void a_verification_at_the_year_294250_is_refused_naming_at() {
        refused(asOperator().body("""
                {"branch": "central", "at": "+294250-01-01T00:00:00Z", "channel": "PHONE",
                 "items": [{"service": "MRI-KNEE", "quantity": 1}]}
                """).post("/quotes/verify").then(), "at");
    }

    @ParameterizedTest
    @CsvSource({
            "operator, /prices?at=, at",
            "operator, /prices/effective?branch=central&service=MRI-KNEE&at=, at",
            "operator, /prices/compare?service=MRI-KNEE&at=, at",
            "operator, /prices/timeline?branch=north&service=MRI-KNEE&from=, from",
            "auditor, /quotes?from=, from",
            "auditor, /audit?to=, to",
            "auditor, /reports/discrepancies?from=, from"})
    void a_query_parameter_before_1900_is_refused_naming_it(String role, String query, String parameter) {
        refused(as(Tokens.of(role)).get(query + "1812-09-07T00:00:00Z").then(), parameter);
    }

    @Test
    void a_csv_row_beyond_the_span_is_refused_naming_its_row_and_column() {
        String service = service();
        refused(asAdmin().contentType("text/csv").body("""
                service,amount,currency,validFrom
                %s,100.00,RUB,+294250-01-01T00:00:00Z
                """.formatted(service)).post("/prices/import").then(), "rows[0].validFrom");
    }

    @Test
    void the_database_itself_refuses_a_price_outside_the_span() throws SQLException {
        String service = service();
        try (Connection connection = dataSource.getConnection()) {
            long id = serviceId(connection, service);
            for (String from : new String[] {"294250-01-01 00:00:00+00", "1899-12-31 23:59:59+00"}) {
                SQLException refused = assertThrows(SQLException.class, () -> insertPrice(connection, id, from));
                assertEquals("23514", refused.getSQLState(), from);
                assertTrue(refused.getMessage().contains("price_entry_valid_from_supported"), refused.getMessage());
            }
        }
    }

    private static String promotion(String window) {
        return """
                {"code": "ST-%s", "name": "Promotion", "discount": {"type": "PERCENT", "value": "10"}, %s,
                 "scope": {"services": ["MRI-KNEE"]}}
                """.formatted(unique(), window);
    }

    private static long serviceId(Connection connection, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id from service where code = ?")) {
            select.setString(1, code);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return rows.getLong(1);
            }
        }
    }

    private static void insertPrice(Connection connection, long serviceId, String validFrom) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into price_entry "
                + "(service_id, amount, currency, valid_from, created_by) values (?, 1, 'RUB', ?::timestamptz, 'sql')")) {
            insert.setLong(1, serviceId);
            insert.setString(2, validFrom);
            insert.executeUpdate();
        }
    }
}
