package com.oneprice.verification;

import com.oneprice.quotes.QuoteCode;
import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.TestDatabase;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Fixtures.endPromotion;
import static com.oneprice.testing.Fixtures.percentPromotion;
import static com.oneprice.testing.Fixtures.price;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Fixtures.verifyCode;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A presented quote is explained line by line against the lines it recorded. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PresentedQuoteTest {

    @TestDatabase
    DataSource dataSource;

    static String pricedService(String amount) {
        String service = "PQ-" + unique();
        simpleService(service);
        price(service, null, amount);
        return service;
    }

    @Test
    void the_line_whose_promotion_ended_is_named_with_its_service_and_by_how_much_it_differs() {
        String plain = pricedService("500.00");
        String promoted = pricedService("1000.00");
        String promotion = "PQP-" + unique();
        String etag = percentPromotion(promotion, promoted, "10");
        String token = Tokens.of("operator", "operator-" + unique());
        String code = as(token).body("""
                {"branch": "central", "channel": "PHONE",
                 "items": [{"service": "%s", "quantity": 1}, {"service": "%s", "quantity": 1}]}
                """.formatted(plain, promoted)).post("/quotes").then().statusCode(201)
                .body("total.amount", equalTo("1400.00")).extract().path("code");
        endPromotion(Tokens.admin(), promotion, promoted, "10", etag);

        as(token).body(verifyCode(code, null)).post("/quotes/verify").then().statusCode(200)
                .body("verdict.status", equalTo("MISMATCH"))
                .body("verdict.reasons.code", equalTo(List.of("PROMOTION_EXPIRED")))
                .body("verdict.reasons[0].line", equalTo(1))
                .body("verdict.reasons[0].services", equalTo(List.of(promoted)))
                .body("verdict.reasons[0].promotion", equalTo(promotion))
                .body("verdict.reasons[0].amount.amount", equalTo("900.00"))
                .body("verdict.reasons[0].difference.amount", equalTo("-100.00"));
    }

    @Test
    void a_quote_recorded_in_version_1_reads_and_verifies() throws SQLException {
        String service = pricedService("1000.00");
        String code = QuoteCode.generate().toString();
        String lines = """
                [{"service": "%s", "quantity": 2, "listPrice": {"amount": "1000.00", "currency": "RUB"},
                  "unitPrice": {"amount": "1000.00", "currency": "RUB"},
                  "lineTotal": {"amount": "2000.00", "currency": "RUB"}, "promotions": [], "components": []}]
                """.formatted(service);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into quote (code, issued_at, issued_by, channel, branch_id, priced_at, items, lines, total,
                                        currency, catalog_version, expires_at, record_version)
                     select ?, now(), 'operator-v1', 'PHONE', id, now(), cast(? as jsonb), cast(? as jsonb), 2000.00,
                            'RUB', 1, now() + interval '7 days', 1 from branch where code = 'central'""")) {
            insert.setString(1, code);
            insert.setString(2, "[{\"service\": \"" + service + "\", \"quantity\": 2}]");
            insert.setString(3, lines);
            assertEquals(1, insert.executeUpdate());
        }

        as(Tokens.auditor()).get("/quotes/" + code).then().statusCode(200)
                .body("lines[0].service", equalTo(service))
                .body("lines[0].lineTotal.amount", equalTo("2000.00"));
        as(Tokens.operator()).body(verifyCode(code, null)).post("/quotes/verify").then().statusCode(200)
                .body("verdict.status", equalTo("MATCH"));
    }
}
