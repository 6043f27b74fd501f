package com.oneprice.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL 17 server whose data lives in a directory of ours and survives restarts. Zonky's defaults are
 * made for throw-away test databases, so durability is switched back on (and checked), and a server left behind
 * by a killed run is stopped before ours starts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    /** Zonky holds a lock on this file in the data directory for as long as its server runs. */
    private static final String OWNER_LOCK_FILE = "epg-lock";

    /** What "durable" means for the persistent data directory; verified with SHOW after every start. */
    private static final Map<String, String> DURABLE = Map.of(
            "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts (creating on first use) a durable server in {@code dataDir}. The caller owns its shutdown and must
     * {@link #close()} it once nothing uses it any more; see {@link PricingMain}.
     */
    public static EmbeddedDatabase start(Path dataDir) {
        return start(dataDir, false);
    }

    /** Starts a throw-away server in {@code dataDir} for tests: emptied first and without fsync. */
    public static EmbeddedDatabase startDisposable(Path dataDir) {
        return start(dataDir, true);
    }

    private static EmbeddedDatabase start(Path dataDir, boolean disposable) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            stopLeftoverServer(dir);
            if (disposable) {
                emptyDirectory(dir);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(disposable)
                    // a throw-away server may die with the JVM; the durable one is stopped by its owner, after
                    // the application has stopped using it, not by a hook racing the application's shutdown
                    .setRegisterShutdownHook(disposable)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100");
            if (!disposable) {
                // zonky starts the server with -F (fsync off); a later -c fsync=on overrides it
                DURABLE.forEach(builder::setServerConfig);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            if (!disposable) {
                database.checkDurable(dir);
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    private void checkDurable(Path dir) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> setting : DURABLE.entrySet()) {
                try (ResultSet result = statement.executeQuery("SHOW " + setting.getKey())) {
                    result.next();
                    String actual = result.getString(1);
                    if (!setting.getValue().equals(actual)) {
                        close();
                        throw new IllegalStateException("the embedded PostgreSQL in " + dir + " runs with "
                                + setting.getKey() + "=" + actual + "; its data would not survive a crash");
                    }
                }
            }
        } catch (SQLException e) {
            close();
            throw new IOException("could not check the durability settings of the embedded PostgreSQL", e);
        }
        LOG.infof("embedded PostgreSQL 17 on port %d, data in %s (fsync, synchronous_commit, full_page_writes on)",
                port(), dir);
    }

    /**
     * pg_ctl detaches the postmaster, so a SIGKILLed JVM leaves it running and holding the data directory, or leaves
     * its postmaster.pid behind. Stop such a server (fast shutdown), then drop the stale pid file. A server whose
     * owner still runs (it holds the owner lock) is not touched: two services cannot share one data directory.
     */
    static void stopLeftoverServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(OWNER_LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock ownerLock = tryLock(channel);
            if (ownerLock == null) {
                throw new IllegalStateException("the PostgreSQL data directory " + dataDir + " is in use by another "
                        + "running pricing service; stop it or give this one its own PRICING_DATA_DIR");
            }
            try {
                Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                        .filter(process -> isPostmasterOf(process, dataDir));
                if (postmaster.isPresent()) {
                    stop(postmaster.get(), dataDir);
                } else {
                    LOG.infof("removing the stale postmaster.pid in %s (no server of it runs)", dataDir);
                }
                Files.deleteIfExists(pidFile);
            } finally {
                ownerLock.release();
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The pid in a stale postmaster.pid may since have been given to an unrelated process, or to the server of
     * another data directory, so only a postgres whose {@code -D} names this directory counts.
     */
    private static boolean isPostmasterOf(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        if (!info.command().map(command -> command.endsWith("/postgres")).orElse(false)) {
            return false;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if ("-D".equals(arguments[i])
                    && Path.of(arguments[i + 1]).toAbsolutePath().normalize().equals(dataDir)) {
                return true;
            }
        }
        return false;
    }

    private static void stop(ProcessHandle postmaster, Path dataDir) throws IOException {
        LOG.warnf("a PostgreSQL server (pid %d) left behind by an earlier run still holds %s; stopping it",
                postmaster.pid(), dataDir);
        signal(postmaster.pid(), "INT");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (postmaster.isAlive() && System.nanoTime() < deadline) {
            sleep(100);
        }
        if (postmaster.isAlive()) {
            LOG.warnf("PostgreSQL (pid %d) did not stop within 30 s; killing it", postmaster.pid());
            postmaster.destroyForcibly();
            sleep(500);
        }
    }

    private static void emptyDirectory(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path visited, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!visited.equals(dir)) {
                    Files.delete(visited);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Fast shutdown (SIGINT): the dead JVM's transactions are rolled back, nothing waits for its clients. */
    private static void signal(long pid, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server (pg_ctl stop, fast mode) and waits for it; the data directory stays. */
    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
