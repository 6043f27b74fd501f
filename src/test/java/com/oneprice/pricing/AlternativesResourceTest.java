package com.oneprice.pricing;

import com.oneprice.testing.Fixtures;
import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static com.oneprice.pricing.PricesResourceTest.answered;
import static com.oneprice.testing.Api.asOperator;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Price answers' alternatives on the demo clinic network: the knee MRI at north (5000.00) is 4000.00 at central now,
 * and 4250.00 at north from day 10 (NORTH-MRI-DAYS), within the default horizon of 14 days. Other test classes add
 * branches to the shared database, so only the demo's are looked at.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AlternativesResourceTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** Russian groups digits, and joins an amount to its currency, with a no-break space. */
    static final String NBSP = "\u00A0";

    static String dayTen() {
        LocalDate today = Fixtures.demoDay();
        return today.plusDays(10).atStartOfDay(MOSCOW).toInstant().toString();
    }

    @Test
    void the_effective_price_at_north_offers_central_now_and_north_on_day_ten() {
        answered("branch=north&service=MRI-KNEE")
                .body("total.amount", equalTo("5000.00"))
                .rootPath("alternatives[0]")
                .body("type", equalTo("OTHER_BRANCH"))
                .body("branch", equalTo("central"))
                .body("total.amount", equalTo("4000.00"))
                .body("saving.amount", equalTo("1000.00"))
                .rootPath("alternatives.find { it.type == 'LATER' }")
                .body("branch", equalTo("north"))
                .body("at", equalTo(dayTen()))
                .body("total.amount", equalTo("4250.00"))
                .body("saving.amount", equalTo("750.00"));
    }

    @Test
    void a_verification_carries_the_alternatives_of_its_items_beside_the_verdict() {
        asOperator().body("""
                {"branch": "north", "channel": "PHONE", "items": [{"service": "MRI-KNEE", "quantity": 2}],
                 "quotedTotal": {"amount": "8000.00", "currency": "RUB"}}
                """).post("/quotes/verify").then().statusCode(200)
                .body("verdict.status", equalTo("MISMATCH"))
                .body("alternatives.branch", hasItem("central"))
                .body("alternatives.find { it.branch == 'central' }.saving.amount", equalTo("2000.00"))
                .body("alternatives.find { it.type == 'LATER' }.total.amount", equalTo("8500.00"));
    }

    @Test
    void each_alternative_says_where_or_from_when_and_how_much_less_in_the_language_chosen() {
        asOperator().header("Accept-Language", "ru").get("/prices/effective?branch=north&service=MRI-KNEE").then()
                .statusCode(200)
                .body("alternatives[0].say", equalTo("Филиал Центральная клиника: 4" + NBSP + "000,00" + NBSP
                        + "₽, дешевле на 1" + NBSP + "000,00" + NBSP + "₽."))
                .body("alternatives.find { it.type == 'LATER' }.say", allOf(startsWith("Здесь с "),
                        containsString("00:00 (Москва)"), endsWith("дешевле на 750,00" + NBSP + "₽.")));
        asOperator().header("Accept-Language", "en").get("/prices/effective?branch=north&service=MRI-KNEE").then()
                .statusCode(200)
                .body("alternatives[0].say", equalTo("At Центральная клиника: RUB 4,000.00, RUB 1,000.00 less."))
                .body("alternatives.find { it.type == 'LATER' }.say", allOf(startsWith("Here from "),
                        containsString("00:00 (Moscow time)"), endsWith("RUB 750.00 less.")));
    }

    @Test
    void the_cheapest_answer_carries_no_alternatives() {
        answered("branch=central&service=MRI-KNEE")
                .body("alternatives", nullValue());
    }
}
