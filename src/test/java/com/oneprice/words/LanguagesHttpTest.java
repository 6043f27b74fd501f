package com.oneprice.words;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.branch;
import static com.oneprice.testing.Fixtures.percentPromotion;
import static com.oneprice.testing.Fixtures.price;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.OncePerClass.once;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Answers in the language Accept-Language chooses (the default of the test profile is en): sentences change, machine
 * fields do not. A service of its own, sold at two branches of its own in Moscow, with a promotion that ends at a
 * local midnight some days from now, so every sentence is known exactly on any day.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class LanguagesHttpTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final String NBSP = "\u00A0";
    static final ObjectMapper JSON = new ObjectMapper();

    static String here;
    static String there;
    static String service;
    static String promotion;
    static Instant at;
    static Instant promotionEnds;

    @BeforeEach
    void once_a_catalog_of_its_own() {
        once(this, LanguagesHttpTest::catalog);
    }

    private static void catalog() {
        String suffix = unique();
        here = "lh-" + suffix.toLowerCase(Locale.ROOT);
        there = "lt-" + suffix.toLowerCase(Locale.ROOT);
        service = "LANG-" + suffix;
        promotion = "LANG-P-" + suffix;
        branch(here, "Europe/Moscow", "RUB");
        branch(there, "Europe/Moscow", "RUB");
        simpleService(service);
        price(service, here, "5000.00");
        price(service, there, "4000.00");
        at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        promotionEnds = LocalDate.ofInstant(at, MOSCOW).plusDays(10).atStartOfDay(MOSCOW).toInstant();
        percentPromotion(promotion, "Ten off", service, "10", at.minus(1, ChronoUnit.DAYS), promotionEnds);
    }

    /** The promotion's last local minute, as the sentences say it: the day before its end, 23:59. */
    static String lastMinute(Locale locale) {
        ZonedDateTime last = promotionEnds.atZone(MOSCOW).minusMinutes(1);
        boolean sameYear = last.getYear() == at.atZone(MOSCOW).getYear();
        return DateTimeFormatter.ofPattern(sameYear ? "d MMMM" : "d MMMM yyyy", locale).format(last) + ", 23:59";
    }

    static String verifyBody(String quoted) {
        return """
                {"branch": "%s", "at": "%s", "channel": "PHONE", "items": [{"service": "%s", "quantity": 1}],
                 "quotedTotal": {"amount": "%s", "currency": "RUB"}}
                """.formatted(here, at, service, quoted);
    }

    static Response verify(String acceptLanguage, String quoted) {
        return asOperator().header("Accept-Language", acceptLanguage).body(verifyBody(quoted))
                .post("/quotes/verify");
    }

    static Response effective(String acceptLanguage) {
        var request = asOperator();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.queryParam("branch", here).queryParam("service", service).queryParam("at", at.toString())
                .get("/prices/effective");
    }

    @Test
    void a_verify_in_russian_says_the_price_the_promotion_and_until_when_and_why_the_quote_differs() {
        verify("ru", "3600.00").then().statusCode(200)
                .header("Content-Language", "ru")
                .body("say", equalTo("Service " + service + ", филиал Branch " + here + ": 4" + NBSP + "500,00" + NBSP
                        + "₽ по акции «Ten off», до " + lastMinute(Locale.forLanguageTag("ru")) + " (Москва)."))
                .body("verdict.say", equalTo("Названо 3" + NBSP + "600,00" + NBSP + "₽, а здесь 4" + NBSP + "500,00"
                        + NBSP + "₽: это цена филиала " + there + "."))
                .body("verdict.reasons[0].message", equalTo("3" + NBSP + "600,00" + NBSP + "₽ — цена в филиале "
                        + there + ", а не " + here));
    }

    @Test
    void the_same_verify_in_english_says_the_same_in_english() {
        verify("en", "3600.00").then().statusCode(200)
                .header("Content-Language", "en")
                .body("say", equalTo("Service " + service + " at Branch " + here + ": RUB 4,500.00 with promotion "
                        + "Ten off, until " + lastMinute(Locale.ENGLISH) + " (Moscow time)."))
                .body("verdict.say", equalTo("Quoted RUB 3,600.00, but it is RUB 4,500.00 here: that is the price at "
                        + "branch " + there + "."))
                .body("verdict.reasons[0].message", equalTo("RUB 3,600.00 is the price at branch " + there + ", not "
                        + here));
    }

    @Test
    void a_matching_amount_is_said_to_be_right() {
        verify("ru", "4500.00").then().statusCode(200)
                .body("verdict.status", equalTo("MATCH"))
                .body("verdict.say", equalTo("Сумма 4" + NBSP + "500,00" + NBSP + "₽ верна для филиала Branch " + here
                        + "."));
    }

    @Test
    void machine_fields_are_the_same_in_every_language() throws Exception {
        JsonNode russian = JSON.readTree(verify("ru", "3600.00").then().statusCode(200).extract().asString());
        JsonNode english = JSON.readTree(verify("en", "3600.00").then().statusCode(200).extract().asString());
        assertNotEquals(russian.path("say"), english.path("say"));
        assertEquals(withoutSentences(english), withoutSentences(russian));

        JsonNode ru = JSON.readTree(effective("ru").then().statusCode(200).extract().asString());
        JsonNode en = JSON.readTree(effective("en").then().statusCode(200).extract().asString());
        assertEquals(withoutSentences(en), withoutSentences(ru));
    }

    @Test
    void q_values_choose_the_language_whatever_the_order_they_are_written_in() {
        verify("en;q=0.8, ru-RU;q=0.9", "4500.00").then().statusCode(200).header("Content-Language", "ru");
        verify("ru-RU;q=0.5, en-GB;q=0.8", "4500.00").then().statusCode(200).header("Content-Language", "en");
        verify("de-DE, ru;q=0.3", "4500.00").then().statusCode(200).header("Content-Language", "ru");
    }

    @Test
    void without_a_language_the_api_speaks_do_the_default_configured_answers() {
        effective(null).then().statusCode(200).header("Content-Language", "en");
        effective("de, fr;q=0.5").then().statusCode(200).header("Content-Language", "en");
        effective("*").then().statusCode(200).header("Content-Language", "en");
    }

    @Test
    void a_cached_price_answer_varies_by_language_and_its_tag_names_the_language() {
        String ru = effective("ru").then().statusCode(200).header("Vary", equalTo("Accept-Language"))
                .extract().header("ETag");
        String en = effective("en").then().statusCode(200).extract().header("ETag");
        assertNotEquals(ru, en);
        effectiveIfNoneMatch("ru", ru).then().statusCode(304).header("Vary", equalTo("Accept-Language"));
        effectiveIfNoneMatch("en", ru).then().statusCode(200).header("ETag", equalTo(en));
    }

    @Test
    void compare_says_each_branchs_price_in_the_language_chosen() {
        asOperator().header("Accept-Language", "ru").queryParam("service", service).queryParam("at", at.toString())
                .get("/prices/compare").then().statusCode(200).header("Content-Language", "ru")
                .body("branches[0].branch", equalTo(there))
                .body("branches[0].say", equalTo("Service " + service + ", филиал Branch " + there + ": 3" + NBSP
                        + "600,00" + NBSP + "₽ по акции «Ten off», до " + lastMinute(Locale.forLanguageTag("ru"))
                        + " (Москва)."));
    }

    @Test
    void a_problem_is_written_in_the_language_chosen_with_its_type_and_fields_unchanged() {
        asOperator().header("Accept-Language", "ru").get("/branches/no-such-" + unique().toLowerCase(Locale.ROOT))
                .then().statusCode(404).header("Content-Language", "ru")
                .body("type", equalTo("urn:oneprice:problem:not-found"))
                .body("title", equalTo("Не найдено"));
        asOperator().header("Accept-Language", "ru").queryParam("service", service).get("/prices/effective")
                .then().statusCode(400).header("Content-Language", "ru")
                .body("errors[0].field", equalTo("branch"))
                .body("errors[0].message", equalTo("обязательно"))
                .body("detail", equalTo("branch: обязательно"));
        asOperator().header("Accept-Language", "en").queryParam("service", service).get("/prices/effective")
                .then().statusCode(400).header("Content-Language", "en")
                .body("title", equalTo("The request is not valid"))
                .body("errors[0].message", equalTo("is required"));
    }

    @Test
    void a_refusal_before_any_resource_runs_is_written_in_the_language_chosen() {
        io.restassured.RestAssured.given().header("Accept-Language", "ru").get("/branches")
                .then().statusCode(401).header("Content-Language", "ru")
                .body("title", equalTo("Нужна аутентификация"));
    }

    private static Response effectiveIfNoneMatch(String language, String tag) {
        return asOperator().header("Accept-Language", language).header("If-None-Match", tag)
                .queryParam("branch", here).queryParam("service", service).queryParam("at", at.toString())
                .get("/prices/effective");
    }

    /** The answer less its sentences: what a machine reads. */
    private static JsonNode withoutSentences(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("say");
            object.remove("message");
        }
        node.forEach(LanguagesHttpTest::strip);
    }
}
