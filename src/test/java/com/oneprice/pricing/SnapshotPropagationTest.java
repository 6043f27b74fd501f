package com.oneprice.pricing;

import com.oneprice.catalog.CatalogChanges;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.price;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer follows the catalog: at once after a write through this instance, and soon after a write by another
 * instance on the same database — which is simulated here by writing with plain JDBC, as that instance's transaction
 * would (rows, version bump, change log, NOTIFY), or without the NOTIFY, as if it were lost, or without the change
 * log, as a bulk load does. How soon is a timing, not a test's business: the version row is polled every second
 * ({@link Snapshots#POLL_MILLIS}) and {@code bench/run writes} measures a second instance (p99 125 ms); a test only
 * waits, long enough for a loaded machine, and fails if the write is never seen.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SnapshotPropagationTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestDatabase
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Inject
    Snapshots snapshots;

    @Inject
    SnapshotLoader loader;

    static String effective(String service) {
        return asOperator().get("/prices/effective?branch=central&service=" + service).then().statusCode(200)
                .extract().path("total.amount");
    }

    @Test
    void a_write_through_this_instance_is_in_the_very_next_answer() {
        String service = "SP-" + unique();
        simpleService(service);
        price(service, null, "700.00");
        long before = asOperator().get("/prices/effective?branch=central&service=" + service).then()
                .extract().<Number>path("catalogVersion").longValue();
        assertEquals("700.00", effective(service));
        asAdmin().body("""
                {"service": "%s", "amount": {"amount": "750.00", "currency": "RUB"}, "validFrom": "%s"}
                """.formatted(service, Instant.now().minusSeconds(1))).post("/prices").then().statusCode(201);
        asOperator().body("""
                {"branch": "central", "items": [{"service": "%s", "quantity": 1}]}
                """.formatted(service)).post("/quotes/verify").then().statusCode(200)
                .body("total.amount", equalTo("750.00"))
                .body("catalogVersion", greaterThan((int) before));
    }

    @Test
    void a_write_by_another_instance_with_notify_is_seen() throws Exception {
        String service = serviceAt700();

        writeAsAnotherInstance(service, "800.00", true, true);
        assertSeen(service, "800.00");
    }

    @Test
    void a_write_by_another_instance_whose_notify_was_lost_is_seen_by_polling_the_version() throws Exception {
        String service = serviceAt700();

        writeAsAnotherInstance(service, "900.00", false, true);
        assertSeen(service, "900.00");
    }

    @Test
    void a_version_missing_from_the_change_log_is_seen_by_reloading_the_catalog() throws Exception {
        String service = serviceAt700();
        double reloads = reloads();

        writeAsAnotherInstance(service, "950.00", true, false);
        assertSeen(service, "950.00");
        assertEquals(reloads + 1, reloads());
    }

    @Test
    void a_write_prunes_the_change_log_of_versions_too_old_to_follow_and_a_snapshot_behind_them_is_reloaded()
            throws Exception {
        String service = serviceAt700();
        CatalogSnapshot behind = snapshots.current();
        long logged = count("select max(version) from catalog_change where code = ?", service);
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "update catalog_version set version = version + ? where id = 1",
                    CatalogChanges.LOG_VERSIONS);
        }

        asAdmin().body("""
                {"service": "%s", "amount": {"amount": "750.00", "currency": "RUB"}, "validFrom": "%s"}
                """.formatted(service, Instant.now().minusSeconds(1))).post("/prices").then().statusCode(201);
        assertEquals(0, count("select count(*) from catalog_change where version <= ?", logged));
        assertEquals(1, count("select count(*) from catalog_change where code = ? and version > ?", service, logged));
        assertTrue(loader.follow(behind).isEmpty(), "a snapshot behind the pruned versions follows the log");
        assertEquals("750.00", effective(service));
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private double reloads() {
        return metrics.get(Snapshots.UPDATES).tag("how", "reload").counter().count();
    }

    /** A new service priced 700.00 network-wide, and answered so. */
    private static String serviceAt700() {
        String service = "SP-" + unique();
        simpleService(service);
        price(service, null, "700.00");
        assertEquals("700.00", effective(service));
        return service;
    }

    private static void assertSeen(String service, String expected) throws InterruptedException {
        long start = System.nanoTime();
        String seen = effective(service);
        while (!expected.equals(seen) && System.nanoTime() - start < PATIENCE.toNanos()) {
            Thread.sleep(50);
            seen = effective(service);
        }
        assertEquals(expected, seen, "still not seen after " + PATIENCE.toSeconds() + " s");
    }

    /** Closes the open price and appends a new one from now, in one transaction, as PriceCatalog would. */
    private void writeAsAnotherInstance(String service, String amount, boolean notify, boolean logged)
            throws SQLException {
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            execute(connection, """
                    update price_entry set valid_to = ? where valid_to is null and branch_id is null
                      and service_id = (select id from service where code = ?)""", from, service);
            execute(connection, """
                    insert into price_entry (service_id, branch_id, amount, currency, valid_from, created_by)
                    select id, null, ?, 'RUB', ?, 'instance-b' from service where code = ?""",
                    new BigDecimal(amount), from, service);
            execute(connection, "update catalog_version set version = version + 1 where id = 1");
            if (logged) {
                execute(connection, "insert into catalog_change (version, part, code) "
                        + "select version, 'prices', ? from catalog_version", service);
            }
            if (notify) {
                execute(connection, "select pg_notify('catalog_changed', version::text) from catalog_version");
            }
            connection.commit();
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
