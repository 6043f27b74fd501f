package com.oneprice.platform.boot;

import com.oneprice.testing.ContractValidation;
import com.oneprice.testing.PackagedService;
import com.oneprice.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static com.oneprice.testing.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service on a data directory of its own, as on a fresh machine: it starts its embedded PostgreSQL and
 * generates its development key, survives a SIGKILL, shares its database with a second instance and stops in order.
 * The HTTP suite's twins (*IT beside each *Test) check the API of the same jar; this class checks what they cannot,
 * the processes and the data directory.
 *
 * <p>One instance owns the data directory at a time; a test that stops it leaves the next to start it again, so any
 * test runs alone. The order only saves restarts: the stops come last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceLifecycleIT {

    static final Path DATA = Path.of("target", "packaged-service", "lifecycle", "data").toAbsolutePath();
    static final Path POSTGRES = DATA.resolve("postgres");
    /** How long a test waits for the second instance; how fast it is, bench/run writes measures (p99 125 ms). */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The instance that owns the data directory and its PostgreSQL, when one runs. */
    static PackagedService service;
    /** Every PostgreSQL process of the data directory seen while the tests ran. */
    static final Set<ProcessHandle> postgres = new LinkedHashSet<>();
    static int restarts;

    @BeforeAll
    static void a_first_start_on_an_empty_data_directory() throws Exception {
        ContractValidation.install();
        service = PackagedService.start("lifecycle", Map.of());
        postmaster().ifPresent(postgres::add);
        System.out.printf("the packaged service on an empty data directory was ready after %.1f s%n",
                seconds(service.readyAfter()));
    }

    @AfterAll
    static void nothing_is_left_running() throws Exception {
        if (service != null) {
            service.close();
        }
        // after a failure, as the service would on its next start: a fast shutdown of what is left
        postgresOfTheDataDirectory().forEach(postgres::add);
        for (ProcessHandle process : postgres) {
            process.destroy();
        }
        for (ProcessHandle process : postgres) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void the_first_start_loads_the_demo_network_and_trusts_what_bin_dev_token_signs() throws Exception {
        DevTokenScriptTest.Run devToken = DevTokenScriptTest.devToken(Map.of("PRICING_DATA_DIR", DATA.toString()),
                "operator", "lifecycle-operator");
        assertEquals(0, devToken.exitCode(), devToken.stderr());
        running().as(devToken.stdout().strip()).get("/branches").then().statusCode(200)
                .body("items.code", hasItems("central", "north", "east"));
    }

    @Test
    @Order(2)
    void its_embedded_postgresql_writes_durably() throws Exception {
        running();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort()
                + "/postgres", EmbeddedDatabase.USER, EmbeddedDatabase.USER);
             Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
                    assertTrue(result.next());
                    assertEquals("on", result.getString(1), setting);
                }
            }
        }
    }

    @Test
    @Order(3)
    void a_second_instance_on_its_postgresql_answers_a_new_price_and_logs_all_it_verified()
            throws Exception {
        PackagedService first = running();
        // the same data directory, for the development key only: with a database URL it starts no PostgreSQL; every
        // instance keeps its own verification spool
        try (PackagedService second = PackagedService.start("lifecycle-second", Map.of(
                "PRICING_DATA_DIR", DATA.toString(), "PRICING_DEMO_DATA", "false",
                "PRICING_VERIFICATION_SPOOL_DIRECTORY", Path.of("target", "packaged-service", "lifecycle-second",
                        "spool").toAbsolutePath().toString(),
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + postgresPort() + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER,
                "QUARKUS_DATASOURCE_PASSWORD", EmbeddedDatabase.USER))) {
            System.out.printf("a second instance on the same PostgreSQL was ready after %.1f s%n",
                    seconds(second.readyAfter()));
            String operator = token("operator", "lifecycle-operator");
            first.as(token("pricing-admin", "lifecycle-admin")).body("""
                    {"service": "XRAY-CHEST", "amount": {"amount": "1234.00", "currency": "RUB"}, "validFrom": "%s"}
                    """.formatted(Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS)))
                    .post("/prices").then().statusCode(201);
            long written = System.nanoTime();
            String seen = effectiveTotal(second, operator);
            while (!"1234.00".equals(seen) && System.nanoTime() - written < PATIENCE.toNanos()) {
                Thread.sleep(50);
                seen = effectiveTotal(second, operator);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - written);
            assertEquals("1234.00", seen, "the second instance still answers the old price after "
                    + took.toMillis() + " ms");
            System.out.printf("the second instance answered the new price %d ms after it was written%n",
                    took.toMillis());

            for (int i = 0; i < 25; i++) {
                second.as(operator).body("""
                        {"branch": "north", "channel": "SHUTDOWN", "items": [{"service": "XRAY-CHEST", "quantity": 1}],
                         "quotedTotal": {"amount": "1.00", "currency": "RUB"}}
                        """).post("/quotes/verify").then().statusCode(200);
            }
            second.stop();
        }
        first.as(token("auditor", "lifecycle-auditor")).get("/reports/discrepancies?groupBy=channel").then()
                .statusCode(200).body("groups.find { it.key == 'SHUTDOWN' }.verifications", equalTo(25));
    }

    @Test
    @Order(4)
    void after_a_sigkill_the_restart_stops_the_orphaned_postgresql_and_keeps_the_data() throws Exception {
        String branch = "kill" + unique().toLowerCase();
        running().as(token("pricing-admin", "lifecycle-admin")).body("""
                {"code": "%s", "name": "Survives a SIGKILL", "timezone": "Europe/Kaliningrad", "currency": "RUB",
                 "active": true}
                """.formatted(branch)).post("/branches").then().statusCode(201);
        ProcessHandle orphan = postmaster().orElseThrow();

        service.kill();
        assertTrue(orphan.isAlive(), "PostgreSQL outlives its SIGKILLed JVM: pg_ctl detached it");
        assertTrue(Files.exists(POSTGRES.resolve("postmaster.pid")));

        service = start();
        System.out.printf("the restart after a SIGKILL was ready after %.1f s%n", seconds(service.readyAfter()));
        assertFalse(orphan.isAlive(), "the orphaned PostgreSQL was stopped before the new one started");
        service.as(token("operator", "lifecycle-operator")).get("/branches/" + branch).then().statusCode(200);
    }

    @Test
    @Order(5)
    void an_orderly_stop_leaves_no_postgresql_of_the_data_directory_running() throws Exception {
        running();
        Set<ProcessHandle> ofThisServer = new LinkedHashSet<>();
        postmaster().ifPresent(postmaster -> {
            ofThisServer.add(postmaster);
            postmaster.descendants().forEach(ofThisServer::add);
        });
        postgres.addAll(ofThisServer);
        assertFalse(ofThisServer.isEmpty(), "a PostgreSQL of the data directory runs");

        service.stop();
        service = null;

        ofThisServer.addAll(postgresOfTheDataDirectory().toList());
        assertEquals(List.of(), stillRunning(ofThisServer), "PostgreSQL processes of the data directory left running");
        assertFalse(Files.exists(POSTGRES.resolve("postmaster.pid")),
                "a clean PostgreSQL shutdown removes its pid file");
    }

    // ---- helpers

    /** The owning instance, started again on the data directory when a test before stopped it. */
    static PackagedService running() throws Exception {
        if (service == null || !service.isAlive()) {
            service = start();
        }
        return service;
    }

    static PackagedService start() throws Exception {
        PackagedService started = PackagedService.start("lifecycle-restart-" + ++restarts,
                Map.of("PRICING_DATA_DIR", DATA.toString()));
        postmaster().ifPresent(postgres::add);
        return started;
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    static String effectiveTotal(PackagedService instance, String token) {
        return instance.as(token).get("/prices/effective?branch=central&service=XRAY-CHEST").then().statusCode(200)
                .extract().path("total.amount");
    }

    /** Signed with the development key the service generated in its data directory, as bin/dev-token signs. */
    static String token(String role, String subject) {
        return Tokens.signedWith(DATA.resolve("keys").resolve(DevSigningKey.PRIVATE_KEY_FILE), role, subject);
    }

    /** Those of {@code processes} that have not exited a few seconds on: an exiting child may still be reaped. */
    static List<String> stillRunning(Set<ProcessHandle> processes) throws InterruptedException {
        List<String> running = new ArrayList<>();
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                running.add(process.pid() + " " + process.info().commandLine().orElse(""));
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        return running;
    }

    static int postgresPort() throws IOException {
        // postmaster.pid: pid, data directory, start time, port, ...
        return Integer.parseInt(Files.readAllLines(POSTGRES.resolve("postmaster.pid")).get(3).strip());
    }

    static Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = POSTGRES.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
    }

    /** Servers started on this data directory: their command line names it after -D. */
    static Stream<ProcessHandle> postgresOfTheDataDirectory() {
        return ProcessHandle.allProcesses().filter(process -> {
            List<String> arguments = Arrays.asList(process.info().arguments().orElse(new String[0]));
            int d = arguments.indexOf("-D");
            return d >= 0 && d + 1 < arguments.size() && Path.of(arguments.get(d + 1)).toAbsolutePath().normalize()
                    .equals(POSTGRES.normalize());
        });
    }
}
