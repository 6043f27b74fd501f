package com.oneprice.platform.boot;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The durable server of the data directory; the SIGKILLed-JVM case runs in ServiceLifecycleIT, against real processes.
 */
class EmbeddedDatabaseTest {

    private final Path dataDir = Path.of("target", "embedded-database-test", "postgres").toAbsolutePath();
    private EmbeddedDatabase database;

    @BeforeEach
    void an_empty_data_directory() throws IOException {
        deleteRecursively(dataDir.getParent());
    }

    @AfterEach
    void stop() throws IOException {
        if (database != null) {
            database.close();
        }
        deleteRecursively(dataDir.getParent());
    }

    @Test
    void the_persistent_server_writes_durably() throws SQLException {
        database = EmbeddedDatabase.start(dataDir);
        assertEquals("on", show("fsync"));
        assertEquals("on", show("synchronous_commit"));
        assertEquals("on", show("full_page_writes"));
    }

    @Test
    void data_survives_a_restart() throws Exception {
        database = EmbeddedDatabase.start(dataDir);
        execute("create table kept (id int primary key)", "insert into kept values (7)");
        database.close();
        database = EmbeddedDatabase.start(dataDir);
        assertEquals("7", query("select id from kept"));
    }

    @Test
    void a_stale_pid_file_naming_an_unrelated_process_is_removed_and_that_process_left_alone() throws Exception {
        database = EmbeddedDatabase.start(dataDir);
        database.close();
        database = null;
        long unrelated = ProcessHandle.current().pid();
        Files.writeString(dataDir.resolve("postmaster.pid"), unrelated + "\n" + dataDir + "\n");

        database = EmbeddedDatabase.start(dataDir);

        assertEquals("on", show("fsync"));
        assertTrue(ProcessHandle.of(unrelated).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void a_data_directory_whose_server_is_in_use_is_refused_and_its_server_left_running() throws SQLException {
        database = EmbeddedDatabase.start(dataDir);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> EmbeddedDatabase.start(dataDir));

        assertThat(refused.getMessage(), containsString("in use by another running pricing service"));
        assertEquals("on", show("fsync"));
        assertTrue(Files.exists(dataDir.resolve("postmaster.pid")));
    }

    @Test
    @Tag("faults")
    void a_killed_postmaster_is_started_again_on_the_same_data_and_port() throws Exception {
        database = EmbeddedDatabase.start(dataDir);
        database.supervise();
        execute("create table kept (id int primary key)", "insert into kept values (7)");
        long postmaster = postmasterPid();

        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();

        awaitRestart();
        assertEquals("7", query("select id from kept"));
        assertEquals(1, database.restarts());
        assertEquals(Duration.ZERO, database.downFor());
        assertTrue(postmasterPid() != postmaster, "a new postmaster");
        assertEquals(database, EmbeddedDatabase.supervised().orElseThrow());

        database.close();
        assertTrue(EmbeddedDatabase.supervised().isEmpty(), "no longer supervised once closed");
    }

    @Test
    @Tag("faults")
    void a_postmaster_that_cannot_be_started_again_is_reported_down_for_as_long_as_it_stays_down() throws Exception {
        database = EmbeddedDatabase.start(dataDir);
        database.supervise();
        long postmaster = postmasterPid();
        // zonky runs initdb again when the configuration is gone, which refuses the non-empty directory
        Files.delete(dataDir.resolve("postgresql.conf"));

        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();

        awaitDownFor(Duration.ofSeconds(2));
        assertEquals(0, database.restarts());
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    }

    /** Waits, up to a generous bound, for the supervisor to have started the server again and to say it is up. */
    private void awaitRestart() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && (database.restarts() == 0 || !database.downFor().isZero())) {
            Thread.sleep(200);
        }
        assertEquals(1, database.restarts(), "started again within 90 s");
    }

    private void awaitDownFor(Duration down) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && database.downFor().compareTo(down) < 0) {
            Thread.sleep(200);
        }
        assertTrue(database.downFor().compareTo(down) >= 0, "down for " + database.downFor());
    }

    private String show(String setting) throws SQLException {
        return query("show " + setting);
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.USER);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
