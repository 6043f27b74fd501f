package com.oneprice.catalog;

import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.TestDatabase;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.branch;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The catalog API's rules from issue 2: append-only prices, bad input, bundles, ETags, archiving, paging, tokens. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class CatalogResourceTest {

    @TestDatabase
    DataSource dataSource;

    static ValidatableResponse postPrice(String service, String branch, String amount, String from, String to) {
        return asAdmin().body("""
                {"service": "%s", %s "amount": {"amount": "%s", "currency": "RUB"}, "validFrom": "%s" %s}
                """.formatted(service, branch == null ? "" : "\"branch\": \"" + branch + "\",", amount, from,
                to == null ? "" : ", \"validTo\": \"" + to + "\"")).post("/prices").then();
    }

    /** A simple service of this class's own, created; answers its code. */
    static String ownService() {
        String code = "CT-" + unique();
        simpleService(code);
        return code;
    }

    /** An active Moscow branch of this class's own, created; answers its code. */
    static String ownBranch() {
        String code = "ct" + unique().toLowerCase();
        branch(code, "Europe/Moscow", "RUB");
        return code;
    }

    @Test
    void a_later_price_closes_the_open_one_and_a_true_overlap_is_409_naming_the_conflict() {
        String service = ownService();
        postPrice(service, "north", "1000.00", "2026-01-01T00:00:00Z", null).statusCode(201);
        String location = postPrice(service, "north", "1100.00", "2026-06-01T00:00:00Z", null).statusCode(201)
                .header("Location", containsString("/prices/")).extract().header("Location");
        asOperator().get(location).then().statusCode(200).body("amount.amount", equalTo("1100.00"));
        problem(asOperator().get("/prices/9223372036854775807").then(), 404);
        problem(asOperator().get("/prices/9223372036854775808").then(), 404);
        problem(postPrice(service, "north", "900.00", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z"), 409)
                .body("detail", containsString("overlaps price entry"))
                .body("detail", containsString(service + " at branch north"));
        // The network-wide entry is another history: no conflict with north's.
        postPrice(service, null, "950.00", "2026-03-01T00:00:00Z", null).statusCode(201);

        asOperator().get("/prices?service=" + service + "&branch=north").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.amount.amount", equalTo(List.of("1000.00", "1100.00")))
                .body("items[0].validTo", equalTo("2026-06-01T00:00:00Z"))
                .body("items[1].validTo", nullValue());
    }

    @Test
    void bad_input_is_4xx_problem_json_naming_the_field_and_stores_nothing() {
        String service = ownService();
        long before = asOperator().get("/branches").then().extract().<Integer>path("total");

        problem(asAdmin().body("{\"code\": \"x1\", \"name\": ").post("/branches").then(), 400);
        problem(asAdmin().body("""
                {"code": "x2", "name": "X", "timezone": "Europe/Moscow", "currency": "RUB", "active": true, "colour": 1}
                """).post("/branches").then(), 400).body("errors[0].field", equalTo("colour"));
        problem(asAdmin().body("""
                {"code": "x3", "name": "X", "timezone": "Europe/Moscow", "currency": "RUB", "active": "maybe"}
                """).post("/branches").then(), 400).body("errors[0].field", equalTo("active"));
        problem(asAdmin().body("""
                {"code": "x4", "name": "X", "timezone": "Europe/Moscow", "currency": "ZZZ", "active": true}
                """).post("/branches").then(), 400).body("errors[0].field", equalTo("currency"));
        problem(asAdmin().body("""
                {"code": "x5", "name": "X", "timezone": "Europe/Moscow", "currency": "XAU", "active": true}
                """).post("/branches").then(), 400).body("errors[0].field", equalTo("currency"));
        problem(postPrice(service, null, "-1.00", "2026-01-01T00:00:00Z", null), 400)
                .body("errors[0].field", equalTo("amount.amount"));
        problem(postPrice(service, null, "1.005", "2026-01-01T00:00:00Z", null), 400)
                .body("errors[0].field", equalTo("amount.amount"));
        problem(postPrice(service, null, "1.00", "1 January", null), 400)
                .body("errors[0].field", equalTo("validFrom"));
        problem(postPrice(service, null, "1.00", "2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z"), 400)
                .body("errors[0].field", equalTo("validTo"));
        problem(postPrice(service, "atlantis", "1.00", "2026-01-01T00:00:00Z", null), 422)
                .body("errors[0].field", equalTo("branch"));
        problem(postPrice("NO-SUCH-" + unique(), null, "1.00", "2026-01-01T00:00:00Z", null), 422)
                .body("errors[0].field", equalTo("service"));

        asOperator().get("/branches").then().body("total", equalTo((int) before));
        asOperator().get("/prices?service=" + service).then().body("total", equalTo(0));
    }

    @Test
    void a_bundle_answers_its_components_and_a_cycle_is_refused() {
        String a = "CT-" + unique();
        String b = "CT-" + unique();
        simpleService(a);
        asAdmin().body(bundle(b, "SUM", null, a, 2)).post("/services").then().statusCode(201)
                .body("components[0].service", equalTo(a))
                .body("components[0].quantity", equalTo(2));
        String outer = "CT-" + unique();
        asAdmin().body(bundle(outer, "SUM_MINUS_PERCENT", "10.0", b, 1)).post("/services").then().statusCode(201)
                .body("bundlePricing.percent", equalTo("10"));
        asOperator().get("/services/" + outer).then().body("bundlePricing.percent", equalTo("10"));

        // b cannot come to contain outer, which contains b
        Response current = asAdmin().get("/services/" + b);
        problem(asAdmin().header("If-Match", current.header("ETag")).body(bundle(b, "SUM", null, outer, 1))
                .put("/services/" + b).then(), 422).body("detail", containsString("contain itself"))
                .body("errors[0].field", equalTo("components"));
        problem(asAdmin().body(bundle("CT-" + unique(), "SUM", null, a, 0)).post("/services").then(), 400)
                .body("errors[0].field", equalTo("components[0].quantity"));
        for (String percent : List.of("+5", "99.99999", "1e999999999")) {
            problem(asAdmin().body(bundle("CT-" + unique(), "SUM_MINUS_PERCENT", percent, a, 1)).post("/services")
                    .then(), 400).body("errors[0].field", equalTo("bundlePricing.percent"));
        }
        problem(asAdmin().body(bundle("CT-" + unique(), "SUM", null, "NO-SUCH-" + unique(), 1)).post("/services")
                .then(), 422);
    }

    @Test
    void promotions_are_validated_naming_the_field() {
        // A fixed window (listed in .ci/run), so its scope is this test's own branch, service and channel.
        String branch = ownBranch();
        String service = ownService();
        String valid = """
                {"code": "%s", "name": "P", "discount": {"type": "%s", "value": "%s" %s},
                 %s, "scope": {"branches": ["BRANCH"], "services": ["SERVICE"], "categories": [], "channels": ["CT_ONLY"]}}
                """.replace("BRANCH", branch).replace("SERVICE", service);
        String window = "\"window\": {\"startsAt\": \"2031-03-01T00:00:00Z\", \"endsAt\": \"2031-03-08T00:00:00Z\"}";
        String local = "\"localWindow\": {\"from\": \"2031-03-01T00:00\", \"to\": \"2031-03-08T00:00\"}";
        asAdmin().body(valid.formatted("CT-" + unique(), "PERCENT", "15", "", window)).post("/promotions").then()
                .statusCode(201);
        asAdmin().body(valid.formatted("CT-" + unique(), "AMOUNT_OFF", "100", ", \"currency\": \"RUB\"", local))
                .post("/promotions").then().statusCode(201).body("localWindow.from", equalTo("2031-03-01T00:00:00"));
        problem(asAdmin().body(valid.formatted("CT-" + unique(), "PERCENT", "150", "", window)).post("/promotions")
                .then(), 400).body("errors[0].field", containsString("discount"));
        problem(asAdmin().body(valid.formatted("CT-" + unique(), "PERCENT", "10", "", window + ", " + local))
                .post("/promotions").then(), 400);
        problem(asAdmin().body(valid.formatted("CT-" + unique(), "PERCENT", "10", "",
                "\"window\": {\"startsAt\": \"2031-03-08T00:00:00Z\", \"endsAt\": \"2031-03-01T00:00:00Z\"}"))
                .post("/promotions").then(), 400).body("errors[0].field", containsString("window"));
        problem(asAdmin().body(valid.formatted("CT-" + unique(), "HALF_OFF", "10", "", window)).post("/promotions")
                .then(), 400).body("errors[0].field", equalTo("discount.type"));
        problem(asAdmin().body(valid.formatted("CT-" + unique(), "FIXED_PRICE", "1.123", ", \"currency\": \"RUB\"",
                window)).post("/promotions").then(), 400).body("errors[0].field", equalTo("discount.value"));
        for (String value : List.of("+5", "1e999999999")) {
            problem(asAdmin().body(valid.formatted("CT-" + unique(), "AMOUNT_OFF", value, ", \"currency\": \"RUB\"",
                    window)).post("/promotions").then(), 400).body("errors[0].field", equalTo("discount.value"));
        }
        problem(asAdmin().body(valid.formatted("CT-" + unique(), "AMOUNT_OFF", "100", ", \"currency\": \"RUB\"",
                window).replace("\"value\": \"100\"", "\"value\": 1e999999999")).post("/promotions").then(), 400)
                .body("errors[0].field", equalTo("discount.value"));
    }

    @Test
    void a_stale_etag_is_412_and_the_current_one_replaces() {
        String code = "ct" + unique().toLowerCase();
        String created = asAdmin().body(BranchResourceTest.branch(code, "Europe/Moscow", "RUB")).post("/branches")
                .then().statusCode(201).extract().header("ETag");
        String renamed = asAdmin().header("If-Match", created)
                .body(BranchResourceTest.branch(code, "Asia/Yekaterinburg", "RUB")).put("/branches/" + code)
                .then().statusCode(200).body("timezone", equalTo("Asia/Yekaterinburg"))
                .extract().header("ETag");
        problem(asAdmin().header("If-Match", created).body(BranchResourceTest.branch(code, "Europe/Samara", "RUB"))
                .put("/branches/" + code).then(), 412);
        asOperator().get("/branches/" + code).then().header("ETag", renamed)
                .body("timezone", equalTo("Asia/Yekaterinburg"));
    }

    @Test
    void a_service_with_history_is_archived_not_deleted_and_its_past_price_stays_reproducible() {
        String service = ownService();
        postPrice(service, null, "700.00", "2026-01-01T00:00:00Z", null).statusCode(201);
        asAdmin().delete("/services/" + service).then().statusCode(204);
        asOperator().get("/services/" + service).then().statusCode(200).body("archivedAt", notNullValue());
        asOperator().get("/prices?service=" + service).then().body("total", equalTo(1));
        problem(postPrice(service, null, "800.00", "2026-09-01T00:00:00Z", null), 422);
        problem(asAdmin().body("""
                {"code": "%s", "name": "Renamed", "category": "dermatology", "kind": "SIMPLE"}
                """.formatted(service)).put("/services/" + service).then(), 409).body("errors[0].field", equalTo("code"));
    }

    @Test
    void a_code_taken_in_another_case_is_409_naming_the_existing_one() {
        String service = ownService();
        problem(asAdmin().body("""
                {"code": "%s", "name": "Twin", "category": "dermatology", "kind": "SIMPLE"}
                """.formatted(service.toLowerCase())).post("/services").then(), 409)
                .body("detail", containsString("'" + service + "' already exists"));
        String branch = ownBranch();
        problem(asAdmin().body(BranchResourceTest.branch(branch.toUpperCase(), "Europe/Moscow", "RUB"))
                .post("/branches").then(), 409).body("errors[0].field", equalTo("code"));
    }

    @Test
    void the_database_itself_refuses_a_code_that_differs_only_in_case() throws SQLException {
        String service = ownService();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into service (code, name, category, kind) values (?, 'Twin', 'lab', 'SIMPLE')")) {
            insert.setString(1, service.toLowerCase());
            SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
            assertEquals("23505", refused.getSQLState());
        }
    }

    @Test
    void an_archived_branch_is_not_edited_back_to_life() {
        String code = ownBranch();
        String service = ownService();
        postPrice(service, code, "700.00", "2026-01-01T00:00:00Z", null).statusCode(201);
        asAdmin().delete("/branches/" + code).then().statusCode(204);

        problem(asAdmin().body(BranchResourceTest.branch(code, "Europe/Moscow", "RUB")).put("/branches/" + code)
                .then(), 409).body("errors[0].field", equalTo("code"));
        asOperator().get("/branches/" + code).then().statusCode(200).body("archivedAt", notNullValue());
    }

    @Test
    void every_list_is_paged_the_same_way_and_bad_paging_is_400() {
        for (String list : List.of("/branches", "/services", "/prices", "/promotions")) {
            asOperator().get(list + "?page=0&size=2").then().statusCode(200)
                    .body("page", equalTo(0)).body("size", equalTo(2)).body("total", notNullValue())
                    .body("items.size()", equalTo(2));
            problem(asOperator().get(list + "?size=0").then(), 400).body("errors[0].field", equalTo("size"));
            problem(asOperator().get(list + "?size=201").then(), 400).body("errors[0].field", equalTo("size"));
            problem(asOperator().get(list + "?page=-1").then(), 400).body("errors[0].field", equalTo("page"));
            problem(asOperator().get(list + "?page=two").then(), 400).body("errors[0].field", equalTo("page"));
            // the furthest page still fits the offset of the largest size; beyond it is refused, not overflowed
            asOperator().get(list + "?page=10000000&size=200").then().statusCode(200).body("items.size()", equalTo(0));
            problem(asOperator().get(list + "?page=10000001&size=2").then(), 400).body("errors[0].field", equalTo("page"));
        }
        as(Tokens.auditor()).get("/audit?page=10000000&size=200").then().statusCode(200);
        problem(as(Tokens.auditor()).get("/audit?page=1073741824&size=2").then(), 400)
                .body("errors[0].field", equalTo("page"));
        asOperator().get("/quotes?page=10000000&size=200").then().statusCode(200);
        problem(asOperator().get("/quotes?page=1073741824&size=2").then(), 400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void tokens_of_another_key_or_issuer_or_expired_are_401() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreignKey = Jwt.issuer(Tokens.ISSUER).subject("mallory").groups("pricing-admin")
                .expiresIn(Duration.ofHours(1)).sign(generator.generateKeyPair().getPrivate());
        String foreignIssuer = Jwt.issuer("https://elsewhere.example").subject("mallory").groups("pricing-admin")
                .expiresIn(Duration.ofHours(1)).sign();
        String expired = Jwt.issuer(Tokens.ISSUER).subject("late").groups("operator")
                .issuedAt(System.currentTimeMillis() / 1000 - 7200).expiresAt(System.currentTimeMillis() / 1000 - 3600)
                .sign();
        for (String token : List.of(foreignKey, foreignIssuer, expired, "not-a-jwt")) {
            problem(as(token).get("/branches").then(), 401);
        }
        as(Tokens.auditor()).get("/branches").then().statusCode(200);
    }

    @Test
    void the_request_id_is_echoed_or_made() {
        asOperator().header("X-Request-Id", "call-centre-42").get("/branches").then()
                .header("X-Request-Id", "call-centre-42");
        String made = asOperator().get("/branches").then().extract().header("X-Request-Id");
        assertEquals(36, made.length());
    }

    static String bundle(String code, String mode, String percent, String component, int quantity) {
        return """
                {"code": "%s", "name": "Bundle %s", "category": "checkups", "kind": "BUNDLE",
                 "bundlePricing": {"mode": "%s" %s},
                 "components": [{"service": "%s", "quantity": %d}]}
                """.formatted(code, code, mode, percent == null ? "" : ", \"percent\": \"" + percent + "\"",
                component, quantity);
    }
}
