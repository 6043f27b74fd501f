package com.oneprice.quotes;

import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.TestDatabase;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static com.oneprice.testing.Api.anonymous;
import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Fixtures.endPromotion;
import static com.oneprice.testing.Fixtures.percentPromotion;
import static com.oneprice.testing.Fixtures.price;
import static com.oneprice.testing.Fixtures.quote;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Fixtures.verifyCode;
import static com.oneprice.testing.Verdicts.firstReason;
import static com.oneprice.testing.Verdicts.mismatchBy;
import static com.oneprice.testing.Verdicts.pays;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotes as evidence: issue, read, idempotency, the state machine, immutability and verification by code. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class QuoteResourceTest {

    @TestDatabase
    DataSource dataSource;

    /** A service priced 1000.00 network-wide, with its own code. */
    static String pricedService() {
        String service = "QT-" + unique();
        simpleService(service);
        price(service, null, "1000.00");
        return service;
    }

    static String operator() {
        return Tokens.of("operator", "operator-" + unique());
    }

    static Response issue(String token, String body) {
        return as(token).body(body).post("/quotes");
    }

    @Test
    void an_operator_issues_a_quote_recorded_under_the_tokens_subject() {
        String service = pricedService();
        String token = Tokens.of("operator", "operator-ana");
        Response issued = as(token).body("""
                {"branch": "central", "channel": "PHONE", "items": [{"service": "%s", "quantity": 2}],
                 "customerRef": "crm-5521"}
                """.formatted(service)).post("/quotes");
        issued.then().statusCode(201)
                .header("Location", matchesPattern(".*/quotes/Q-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}"))
                .body("status", equalTo("ISSUED"))
                .body("issuedBy", equalTo("operator-ana"))
                .body("branch", equalTo("central"))
                .body("channel", equalTo("PHONE"))
                .body("customerRef", equalTo("crm-5521"))
                .body("lines[0].service", equalTo(service))
                .body("lines[0].quantity", equalTo(2))
                .body("total.amount", equalTo("2000.00"))
                .body("total.currency", equalTo("RUB"));
        Instant issuedAt = Instant.parse(issued.path("issuedAt"));
        assertEquals(issuedAt.plus(Duration.ofDays(7)), Instant.parse(issued.path("expiresAt")));
        assertTrue(issued.<Integer>path("catalogVersion") > 0);
        // What POST answered is exactly what is recorded.
        Map<String, Object> recorded = as(token).get(issued.header("Location")).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertEquals(issued.jsonPath().getMap(""), recorded);
    }

    @Test
    void issued_by_cannot_be_given_in_the_body() {
        String service = pricedService();
        String token = operator();
        issue(token, """
                {"branch": "central", "channel": "PHONE", "items": [{"service": "%s", "quantity": 1}],
                 "issuedBy": "someone-else"}
                """.formatted(service)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("issuedBy"));
        as(token).get("/quotes?issuedBy=someone-else").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void a_code_is_read_whatever_its_case_and_dashes_a_mistyped_one_is_400_and_an_unknown_one_404() {
        String token = operator();
        String code = issue(token, quote("central", "CHAT", pricedService())).then().statusCode(201)
                .extract().path("code");
        String sloppy = " " + code.toLowerCase().replace("-", "") + " ";
        as(token).get("/quotes/" + sloppy).then().statusCode(200).body("code", equalTo(code));

        String mistyped = code.substring(0, 2) + (code.charAt(2) == '7' ? '8' : '7') + code.substring(3);
        as(token).get("/quotes/" + mistyped).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:oneprice:problem:quote-code-mistyped"))
                .body("errors[0].field", equalTo("code"))
                .body("detail", containsString("mistyped"));

        String unknown = QuoteCode.generate().toString();
        as(token).get("/quotes/" + unknown).then().statusCode(404).contentType("application/problem+json");
        as(token).get("/quotes/Q-12").then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(token).get("/quotes/verify").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void fifty_concurrent_requests_with_one_idempotency_key_make_exactly_one_quote() throws Exception {
        String subject = "operator-" + unique();
        List<Response> answers = fiftyQuotesAtOnce(subject, i -> "call-42");

        Set<String> codes = new HashSet<>();
        for (Response answer : answers) {
            assertEquals(201, answer.statusCode(), answer.asString());
            codes.add(answer.path("code"));
        }
        assertEquals(1, codes.size(), "every request answers the one quote");
        assertEquals(49, answers.stream().filter(a -> "true".equals(a.header("Idempotent-Replayed"))).count());
        assertEquals(1, quotesIssuedBy(subject));
    }

    @Test
    void fifty_concurrent_requests_with_fifty_keys_make_fifty_quotes() throws Exception {
        String subject = "operator-" + unique();
        List<Response> answers = fiftyQuotesAtOnce(subject, i -> "call-" + i);

        assertEquals(50, answers.stream().filter(a -> a.statusCode() == 201).map(a -> a.<String>path("code"))
                .distinct().count());
        assertEquals(50, quotesIssuedBy(subject));
        as(Tokens.of("operator", subject)).get("/quotes?issuedBy=" + subject + "&size=20").then().statusCode(200)
                .body("total", equalTo(50)).body("items.size()", equalTo(20));
    }

    @Test
    void a_key_replays_the_same_body_and_refuses_another() {
        String service = pricedService();
        String token = operator();
        String first = as(token).header("Idempotency-Key", "k-1").body(quote("central", "PHONE", service))
                .post("/quotes").then().statusCode(201).extract().path("code");
        as(token).header("Idempotency-Key", "k-1").body(quote("central", "PHONE", service)).post("/quotes")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("code", equalTo(first));
        as(token).header("Idempotency-Key", "k-1").body(quote("north", "PHONE", service)).post("/quotes")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:oneprice:problem:idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        // Keys belong to a caller: another caller's k-1 is a new request.
        as(operator()).header("Idempotency-Key", "k-1").body(quote("central", "PHONE", service)).post("/quotes")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).body("code", not(equalTo(first)));
    }

    @Test
    void a_retry_answers_the_quote_its_key_made_even_when_the_catalog_can_no_longer_price_it() {
        String branch = "qb-" + unique().toLowerCase();
        String branchJson = """
                {"code": "%s", "name": "Branch %s", "timezone": "Europe/Moscow", "currency": "%s", "active": true}
                """;
        String etag = asAdmin().body(branchJson.formatted(branch, branch, "RUB")).post("/branches")
                .then().statusCode(201).extract().header("ETag");
        String token = operator();
        String body = quote(branch, "PHONE", pricedService());
        String first = as(token).header("Idempotency-Key", "k-1").body(body).post("/quotes")
                .then().statusCode(201).extract().path("code");
        // The branch now prices in euros, and the service has no euro price.
        asAdmin().header("If-Match", etag).body(branchJson.formatted(branch, branch, "EUR")).put("/branches/" + branch)
                .then().statusCode(200);

        as(token).header("Idempotency-Key", "k-1").body(body).post("/quotes")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("code", equalTo(first));
        as(token).header("Idempotency-Key", "k-2").body(body).post("/quotes")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void quotes_are_issued_only_at_active_branches_for_services_on_sale_while_prices_still_answer() {
        String branch = "qi-" + unique().toLowerCase();
        String branchJson = """
                {"code": "%s", "name": "Branch %s", "timezone": "Europe/Moscow", "currency": "RUB", "active": %s}
                """;
        String etag = asAdmin().body(branchJson.formatted(branch, branch, true)).post("/branches")
                .then().statusCode(201).extract().header("ETag");
        String service = pricedService();
        String token = operator();
        issue(token, quote(branch, "PHONE", service)).then().statusCode(201);

        asAdmin().header("If-Match", etag).body(branchJson.formatted(branch, branch, false)).put("/branches/" + branch)
                .then().statusCode(200);
        issue(token, quote(branch, "PHONE", service)).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("branch"));

        asAdmin().delete("/services/" + service).then().statusCode(204);
        issue(token, quote("central", "PHONE", service)).then().statusCode(422)
                .body("errors[0].field", equalTo("items[0].service"));
        as(token).get("/prices/effective?branch=central&service=" + service).then().statusCode(200)
                .body("total.amount", equalTo("1000.00"));
    }

    @Test
    void an_empty_or_overlong_idempotency_key_is_400_naming_the_header() {
        String body = quote("central", "PHONE", pricedService());
        as(operator()).header("Idempotency-Key", "").body(body).post("/quotes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        as(operator()).header("Idempotency-Key", "k".repeat(256)).body(body).post("/quotes").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void a_quote_is_redeemed_or_voided_once_and_never_both() {
        String service = pricedService();
        String token = operator();
        String redeemed = issue(token, quote("central", "DESK", service)).path("code");
        as(token).post("/quotes/" + redeemed + "/redeem").then().statusCode(200)
                .body("status", equalTo("REDEEMED")).body("statusChangedBy", equalTo(subjectOf(token)));
        as(token).post("/quotes/" + redeemed + "/redeem").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("REDEEMED"));
        as(token).post("/quotes/" + redeemed + "/void").then().statusCode(409);

        String voided = issue(token, quote("central", "DESK", service)).path("code");
        as(token).post("/quotes/" + voided + "/void").then().statusCode(200).body("status", equalTo("VOIDED"));
        as(token).post("/quotes/" + voided + "/redeem").then().statusCode(409);
        as(Tokens.auditor()).post("/quotes/" + voided + "/void").then().statusCode(403);

        as(token).get("/quotes?issuedBy=" + subjectOf(token) + "&status=REDEEMED").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo(redeemed));
    }

    @Test
    void a_refused_status_change_and_a_mistyped_code_are_said_in_russian_when_asked() {
        String token = operator();
        String code = issue(token, quote("central", "DESK", pricedService())).path("code");
        as(token).post("/quotes/" + code + "/redeem").then().statusCode(200);

        as(token).header("Accept-Language", "ru").post("/quotes/" + code + "/redeem").then().statusCode(409)
                .header("Content-Language", "ru")
                .body("title", equalTo("Запрос противоречит каталогу"))
                .body("detail", equalTo("расчёт " + code + " в статусе REDEEMED; перевести его в REDEEMED нельзя"))
                .body("errors[0].field", equalTo("status"));
        String mistyped = code.substring(0, 2) + (code.charAt(2) == '7' ? '8' : '7') + code.substring(3);
        as(token).header("Accept-Language", "ru").get("/quotes/" + mistyped).then().statusCode(400)
                .body("detail", equalTo("код расчёта " + mistyped + ", похоже, набран с ошибкой: не совпадает "
                        + "контрольный символ; прочитайте его ещё раз"))
                .body("errors[0].message", equalTo("контрольный символ не совпадает: похоже, код набран с ошибкой"));
    }

    @Test
    void an_expired_quote_cannot_be_redeemed_but_can_be_voided() throws SQLException {
        String token = operator();
        String code = issue(token, quote("central", "DESK", pricedService())).path("code");
        String expired = expiredCopyOf(code);
        as(token).get("/quotes/" + expired).then().statusCode(200).body("status", equalTo("EXPIRED"));
        as(token).get("/quotes?issuedBy=" + subjectOf(token) + "&status=EXPIRED").then()
                .body("items.code", equalTo(List.of(expired)));
        as(token).post("/quotes/" + expired + "/redeem").then().statusCode(409);
        as(token).post("/quotes/" + expired + "/void").then().statusCode(200).body("status", equalTo("VOIDED"));
    }

    @Test
    void listing_refuses_bad_filters_naming_them() {
        String token = operator();
        as(token).get("/quotes?status=LOST").then().statusCode(400).body("errors[0].field", equalTo("status"));
        as(token).get("/quotes?from=yesterday").then().statusCode(400).body("errors[0].field", equalTo("from"));
        as(token).get("/quotes?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(token).get("/quotes?branch=nowhere").then().statusCode(404).body("errors[0].field", equalTo("branch"));
        as(token).get("/quotes?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void the_database_refuses_to_change_a_quotes_priced_fields_or_delete_it() throws SQLException {
        String code = issue(operator(), quote("central", "PHONE", pricedService())).path("code");
        try (Connection connection = dataSource.getConnection()) {
            SQLException update = assertThrows(SQLException.class, () -> execute(connection,
                    "update quote set total = 1 where code = ?", code));
            assertEquals("P0001", update.getSQLState());
            SQLException issuer = assertThrows(SQLException.class, () -> execute(connection,
                    "update quote set issued_by = 'someone-else' where code = ?", code));
            assertEquals("P0001", issuer.getSQLState());
            SQLException delete = assertThrows(SQLException.class, () -> execute(connection,
                    "delete from quote where code = ?", code));
            assertEquals("P0001", delete.getSQLState());
        }
        as(Tokens.auditor()).get("/quotes/" + code).then().statusCode(200).body("total.amount", equalTo("1000.00"))
                .body("status", equalTo("ISSUED"));
    }

    @Test
    void a_valid_quote_verified_by_code_matches_and_is_honoured() {
        String token = operator();
        String code = issue(token, quote("central", "PHONE", pricedService())).path("code");
        as(token).body(verifyCode(code.toLowerCase(), null)).post("/quotes/verify").then().statusCode(200)
                .body("branch", equalTo("central"))
                .body("total.amount", equalTo("1000.00"))
                .body("verdict.status", equalTo("MATCH"))
                .body("verdict.quoteCode", equalTo(code))
                .body("verdict.quoted.amount", equalTo("1000.00"))
                .spec(pays("1000.00", "0.00"))
                .body("verdict.reasons", equalTo(List.of()));
    }

    @Test
    void an_expired_quote_still_priced_the_same_matches_and_says_it_expired() throws SQLException {
        String token = operator();
        String expired = expiredCopyOf(issue(token, quote("central", "PHONE", pricedService())).path("code"));
        as(token).body(verifyCode(expired, null)).post("/quotes/verify").then().statusCode(200)
                .body("verdict.status", equalTo("MATCH"))
                .body("verdict.reasons.code", equalTo(List.of("QUOTE_EXPIRED")))
                .spec(pays("1000.00", "0.00"));
    }

    @Test
    void an_expired_quote_after_a_price_rise_pays_the_list_price() throws SQLException {
        String service = pricedService();
        String token = operator();
        String code = issue(token, quote("central", "PHONE", service)).path("code");
        String expired = expiredCopyOf(code);
        as(Tokens.admin()).body("""
                {"service": "%s", "amount": {"amount": "1100.00", "currency": "RUB"}, "validFrom": "%s"}
                """.formatted(service, Instant.now().minusSeconds(60))).post("/prices").then().statusCode(201);
        as(token).body(verifyCode(expired, null)).post("/quotes/verify").then().statusCode(200)
                .spec(mismatchBy("-100.00"))
                .body("verdict.reasons.code", equalTo(List.of("QUOTE_EXPIRED", "PRICE_CHANGED")))
                .spec(pays("1100.00", "0.00"));
        // The unexpired original is honoured at the price promised.
        as(token).body(verifyCode(code, null)).post("/quotes/verify").then().statusCode(200)
                .body("verdict.reasons[0].code", equalTo("PRICE_CHANGED"))
                .spec(pays("1000.00", "100.00"));
    }

    @Test
    void a_quote_presented_at_another_branch_names_its_own_and_is_not_honoured_there() {
        String service = pricedService();
        price(service, "north", "1200.00");
        String token = operator();
        String code = issue(token, quote("central", "PHONE", service)).path("code");
        as(token).body(verifyCode(code, "north")).post("/quotes/verify").then().statusCode(200)
                .body("branch", equalTo("north"))
                .body("total.amount", equalTo("1200.00"))
                .spec(mismatchBy("-200.00"))
                .spec(firstReason("BRANCH_PRICE_DIFFERS", "branch", "central"))
                .body("verdict.reasons[0].message", containsString("north"))
                .spec(pays("1200.00", "0.00"));
    }

    /**
     * Issue 4's story: a quote under a promotion, the promotion ends, the quote is presented. It is honoured; the
     * report shows the verification under its reason, branch, channel and operator; the audit shows who ended it.
     */
    @Test
    void a_quote_outliving_its_promotion_is_honoured_reported_and_the_audit_names_who_ended_it() {
        String service = pricedService();
        String promotion = "QP-" + unique();
        String etag = percentPromotion(promotion, service, "10");
        String operatorSubject = "operator-" + unique();
        String token = Tokens.of("operator", operatorSubject);
        String code = issue(token, quote("central", "CHAT", service)).then().statusCode(201)
                .body("lines[0].promotions[0].code", equalTo(promotion))
                .body("total.amount", equalTo("900.00")).extract().path("code");

        String admin = Tokens.of("pricing-admin", "pricing-lead-" + unique());
        endPromotion(admin, promotion, service, "10", etag);
        Instant from = Instant.now();
        Response verified = as(token).body(verifyCode(code, null)).post("/quotes/verify");
        Instant to = Instant.now().plusSeconds(1);

        verified.then().statusCode(200)
                .body("total.amount", equalTo("1000.00"))
                .spec(mismatchBy("-100.00"))
                .spec(firstReason("PROMOTION_EXPIRED", "promotion", promotion))
                .spec(pays("900.00", "100.00"));

        String auditor = Tokens.auditor();
        for (String[] group : new String[][] {{"reason", "PROMOTION_EXPIRED"}, {"branch", "central"},
                {"channel", "CHAT"}, {"operator", operatorSubject}, {"service", service}}) {
            as(auditor).queryParam("from", from.toString()).queryParam("to", to.toString())
                    .queryParam("groupBy", group[0]).get("/reports/discrepancies").then().statusCode(200)
                    .body("verifications", equalTo(1))
                    .body("groups.find { it.key == '" + group[1] + "' }.mismatches", equalTo(1))
                    .body("groups.find { it.key == '" + group[1] + "' }.honourCost.amount", equalTo("100.00"));
        }

        String adminSubject = subjectOf(admin);
        as(auditor).queryParam("entity", "promotion").queryParam("key", promotion).get("/audit").then()
                .statusCode(200)
                .body("items[0].actor", equalTo(adminSubject))
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].before.window.endsAt", not(equalTo(null)))
                .body("items[0].after.window.endsAt", endsWith("Z"))
                .body("items.action", hasItem("CREATE"));
        String before = as(auditor).queryParam("entity", "promotion").queryParam("key", promotion).get("/audit")
                .path("items[0].before.window.endsAt");
        String after = as(auditor).queryParam("entity", "promotion").queryParam("key", promotion).get("/audit")
                .path("items[0].after.window.endsAt");
        assertTrue(Instant.parse(after).isBefore(Instant.parse(before)), before + " then " + after);
    }

    @Test
    void presenting_a_quote_code_needs_a_token_and_both_code_and_amount_are_refused() {
        String token = operator();
        String code = issue(token, quote("central", "PHONE", pricedService())).path("code");
        anonymous().body(verifyCode(code, null)).post("/quotes/verify").then().statusCode(401);
        as(token).body("{\"quoteCode\": \"" + code + "\", \"quotedTotal\": {\"amount\": \"1\", \"currency\": \"RUB\"}}")
                .post("/quotes/verify").then().statusCode(400).body("errors[0].field", equalTo("quotedTotal"));
        as(token).body(verifyCode("Q-000-000-001", null)).post("/quotes/verify").then().statusCode(400)
                .body("errors[0].field", equalTo("quoteCode"));
        as(token).body(verifyCode(QuoteCode.generate().toString(), null)).post("/quotes/verify").then()
                .statusCode(404);
    }

    @Test
    void only_quoting_roles_issue_quotes() {
        String body = quote("central", "PHONE", pricedService());
        as(Tokens.auditor()).body(body).post("/quotes").then().statusCode(403);
        anonymous().body(body).post("/quotes").then().statusCode(401);
        as(Tokens.of("integration", "crm")).body(body).post("/quotes").then().statusCode(201)
                .body("issuedBy", equalTo("crm"));
    }

    // ---- helpers

    private long quotesIssuedBy(String subject) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("select count(*) from quote where issued_by = ?")) {
            count.setString(1, subject);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The same quote as if issued eight days ago: expired yesterday. */
    private String expiredCopyOf(String code) throws SQLException {
        String copy = QuoteCode.generate().toString();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into quote (code, issued_at, issued_by, channel, branch_id, priced_at, items, lines, total,
                                        currency, catalog_version, expires_at, customer_ref)
                     select ?, now() - interval '8 days', issued_by, channel, branch_id, priced_at - interval '8 days',
                            items, lines, total, currency, catalog_version, now() - interval '1 day', customer_ref
                     from quote where code = ?""")) {
            insert.setString(1, copy);
            insert.setString(2, code);
            assertEquals(1, insert.executeUpdate());
        }
        return copy;
    }

    private static void execute(Connection connection, String sql, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, code);
            statement.executeUpdate();
        }
    }

    private static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return payload.replaceAll(".*\"sub\":\"([^\"]+)\".*", "$1");
    }

    /** Fifty requests released together by {@code subject}, each for one unit of a new service priced at north. */
    private static List<Response> fiftyQuotesAtOnce(String subject, IntFunction<String> idempotencyKey)
            throws Exception {
        String token = Tokens.of("operator", subject);
        String body = quote("north", "PHONE", pricedService());
        return concurrently(50, i -> as(token).header("Idempotency-Key", idempotencyKey.apply(i)).body(body)
                .post("/quotes"));
    }

    interface Call {
        Response call(int i);
    }

    /** Runs {@code n} calls at once, released together, and answers their responses. */
    private static List<Response> concurrently(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Response> task = () -> {
                    start.await();
                    return call.call(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
