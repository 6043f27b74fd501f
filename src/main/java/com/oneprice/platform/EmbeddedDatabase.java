package com.oneprice.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL 17 server whose data lives in a directory of ours and survives restarts. Zonky's defaults are
 * made for throw-away test databases, so durability is switched back on, and a server left behind by a killed run
 * is stopped before ours starts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts (creating on first use) a durable server in {@code dataDir}. */
    public static EmbeddedDatabase start(Path dataDir) {
        return start(dataDir, false);
    }

    /** Starts a throw-away server in {@code dataDir} for tests: emptied first and without fsync. */
    public static EmbeddedDatabase startDisposable(Path dataDir) {
        return start(dataDir, true);
    }

    private static EmbeddedDatabase start(Path dataDir, boolean disposable) {
        try {
            Files.createDirectories(dataDir);
            stopLeftoverServer(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(disposable)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100");
            if (!disposable) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    /**
     * pg_ctl detaches the postmaster, so a SIGKILLed JVM leaves it running and holding the data directory, or leaves
     * its postmaster.pid behind. Stop such a server (fast shutdown), then drop the stale pid file.
     */
    static void stopLeftoverServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of)
                        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isPresent()) {
            ProcessHandle process = postmaster.get();
            signal(process.pid(), "INT");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (process.isAlive() && System.nanoTime() < deadline) {
                sleep(100);
            }
            if (process.isAlive()) {
                process.destroyForcibly();
                sleep(500);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

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

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
