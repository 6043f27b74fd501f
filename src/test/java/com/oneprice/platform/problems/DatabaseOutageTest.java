package com.oneprice.platform.problems;

import com.oneprice.platform.boot.EmbeddedDatabase;
import com.oneprice.platform.http.ProblemMappers;
import com.oneprice.testing.ConfigOverrides;
import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.Tokens;
import com.oneprice.verification.VerificationLog;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.quote;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Fixtures.verifyCode;
import static com.oneprice.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away (its connections reset, new ones refused, as in a network outage or a crash) and comes
 * back, while the service runs: writes and reads of stored data answer 503 with Retry-After, never 500; prices and
 * verification of a quoted amount keep coming from the snapshot, saying its age, until the staleness bound; what
 * verify acknowledged reaches the database once it is back, exactly once. Tagged "faults": nothing here depends on
 * the date, so .ci/run's runs at other moments leave it out.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(DatabaseOutageTest.ShortBounds.class)
@Tag("faults")
class DatabaseOutageTest {

    /** A staleness bound a test can wait out, and a spool that a test can fill well within it (the smallest allowed). */
    public static class ShortBounds extends ConfigOverrides {
        public ShortBounds() {
            super(Map.of("pricing.snapshot.max-staleness", "PT10S",
                    "pricing.verification.spool.max-size", "16K",
                    "pricing.verification.spool.directory", "target/test-data/outage-spool"));
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** Health is on the management port. */
    private RequestSpecification health() {
        return given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort());
    }

    @Inject
    VerificationLog verifications;

    /**
     * Back, the snapshot confirmed current again and the spool drained, so the next test's outage starts from a fresh
     * catalog and an empty spool (on a busy machine a full spool can take longer to drain than the next test to start).
     */
    @AfterEach
    void the_database_is_back() throws IOException {
        PostgresTestResource.proxy().restore();
        await("readiness UP", () -> health().get("/q/health/ready").statusCode() == 200);
        await("a fresh catalog", () -> Integer.parseInt(asOperator()
                .get("/prices/effective?branch=north&service=MRI-KNEE").header("Catalog-Age")) <= 1);
        await("the spooled verifications in the database", verifications::flush);
    }

    private static void databaseAway() throws IOException {
        PostgresTestResource.proxy().cut();
    }

    private static String verifyAmount(String amount) {
        return """
                {"branch": "north", "channel": "PHONE", "items": [{"service": "MRI-KNEE", "quantity": 1}],
                 "quotedTotal": {"amount": "%s", "currency": "RUB"}}
                """.formatted(amount);
    }

    private static ValidatableResponse unavailable(Response response, String type) {
        return problem(response.then(), 503)
                .header("Retry-After", equalTo(String.valueOf(ProblemMappers.RETRY_AFTER_SECONDS)))
                .body("type", equalTo("urn:oneprice:problem:" + type));
    }

    @Test
    void a_quote_asked_for_while_the_database_is_away_answers_503_with_retry_after() throws IOException {
        databaseAway();
        unavailable(asOperator().body(quote("central", "PHONE", "MRI-KNEE")).post("/quotes"),
                "database-unavailable");
    }

    @Test
    void stored_data_read_while_the_database_is_away_answers_503_with_retry_after() throws IOException {
        databaseAway();
        unavailable(asOperator().get("/branches"), "database-unavailable");
        unavailable(asAdmin().body("""
                {"code": "outage-%s", "name": "Outage", "timezone": "Europe/Moscow", "currency": "RUB", "active": true}
                """.formatted(unique().toLowerCase())).post("/branches"), "database-unavailable");
    }

    @Test
    void a_quote_code_cannot_be_verified_while_the_database_is_away() throws IOException {
        String code = asOperator().body(quote("central", "PHONE", "MRI-KNEE")).post("/quotes").then()
                .statusCode(201).extract().path("code");
        databaseAway();
        unavailable(asOperator().body(verifyCode(code, null)).post("/quotes/verify"), "database-unavailable");
    }

    @Test
    void prices_and_verification_keep_answering_from_the_snapshot_and_say_its_age() throws IOException {
        asOperator().get("/prices/effective?branch=north&service=MRI-KNEE").then().statusCode(200)
                .header("Catalog-Age", notNullValue());
        databaseAway();

        asOperator().get("/prices/effective?branch=north&service=MRI-KNEE").then().statusCode(200)
                .body("total.amount", equalTo("5000.00"))
                .header("Catalog-Age", Integer::parseInt, lessThanOrEqualTo(10));
        asOperator().get("/prices/compare?service=MRI-KNEE").then().statusCode(200)
                .header("Catalog-Age", notNullValue());
        asOperator().body(verifyAmount("4000.00")).post("/quotes/verify").then().statusCode(200)
                .body("verdict.status", equalTo("MISMATCH"))
                .header("Catalog-Age", notNullValue());
    }

    @Test
    void past_the_staleness_bound_prices_answer_503_instead_of_an_old_price() throws IOException {
        databaseAway();
        await("a 503 for the price", () -> asOperator().get("/prices/effective?branch=north&service=MRI-KNEE")
                .statusCode() == 503);
        unavailable(asOperator().get("/prices/effective?branch=north&service=MRI-KNEE"), "database-unavailable");
        unavailable(asOperator().body(verifyAmount("5000.00")).post("/quotes/verify"), "database-unavailable");

        PostgresTestResource.proxy().restore();
        await("the price again", () -> asOperator().get("/prices/effective?branch=north&service=MRI-KNEE")
                .statusCode() == 200);
    }

    @Test
    void verifications_acknowledged_while_the_database_is_away_reach_it_once_it_is_back() throws Exception {
        String caller = "outage-" + unique();
        String token = Tokens.of("operator", caller);
        databaseAway();
        for (int i = 0; i < 20; i++) {
            as(token).body(verifyAmount("4000.00")).post("/quotes/verify").then()
                    .statusCode(200);
        }
        assertEquals(0, verificationsBy(caller), "the database is away");

        PostgresTestResource.proxy().restore();

        await("the spooled verifications in the database", () -> verificationsBy(caller) >= 20);
        assertEquals(20, verificationsBy(caller), "each exactly once");
    }

    @Test
    void verify_with_a_quoted_amount_answers_503_once_the_spool_is_full_and_200_again_once_it_drains()
            throws IOException {
        databaseAway();
        int acknowledged = 0;
        Response answer = asOperator().body(verifyAmount("5000.00")).post("/quotes/verify");
        while (answer.statusCode() == 200 && acknowledged < 200) {
            acknowledged++;
            answer = asOperator().body(verifyAmount("5000.00")).post("/quotes/verify");
        }
        // 16 KiB hold a few dozen entries
        assertTrue(acknowledged > 5 && acknowledged < 200, "acknowledged before the spool was full: " + acknowledged);
        unavailable(answer, "verification-log-full");
        asOperator().get("/prices/effective?branch=north&service=MRI-KNEE").then().statusCode(200);

        PostgresTestResource.proxy().restore();
        await("verify acknowledged again", () -> asOperator().body(verifyAmount("5000.00")).post("/quotes/verify")
                .statusCode() == 200);
    }

    @Test
    void readiness_is_down_and_liveness_up_while_the_database_is_away() throws IOException {
        databaseAway();
        await("readiness DOWN", () -> health().get("/q/health/ready").statusCode() == 503);
        health().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void a_catalog_change_made_while_the_service_could_not_see_the_database_reaches_its_snapshot() throws Exception {
        long before = asOperator().get("/prices/effective?branch=north&service=MRI-KNEE").then().statusCode(200)
                .extract().<Number>path("catalogVersion").longValue();
        databaseAway();
        try (Connection direct = DriverManager.getConnection(PostgresTestResource.directUrl(), EmbeddedDatabase.USER,
                EmbeddedDatabase.USER); Statement statement = direct.createStatement()) {
            statement.execute("update catalog_version set version = version + 1");
        }
        PostgresTestResource.proxy().restore();

        await("the newer catalog version", () -> asOperator().get("/prices/effective?branch=north&service=MRI-KNEE")
                .then().extract().<Number>path("catalogVersion").longValue() > before);
    }

    private long verificationsBy(String caller) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PostgresTestResource.directUrl(),
                EmbeddedDatabase.USER, EmbeddedDatabase.USER);
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from verification where caller = ?")) {
            count.setString(1, caller);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Waits for an eventual condition, up to a generous bound: what is tested is that it happens, not how fast. */
    private static void await(String what, Check condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (Exception e) {
                // not yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(what + " did not happen within " + PATIENCE.toSeconds() + " s");
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }
}
