package com.oneprice.platform.boot;

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
import java.util.logging.Level;

/**
 * A real PostgreSQL 17 server whose data lives in a directory of ours and survives restarts. Zonky's defaults are
 * made for throw-away test databases, so durability is switched back on (and checked), and a server left behind
 * by a killed run is stopped before ours starts. Once {@link #supervise supervised}, a postmaster that dies is started
 * again on the same data directory and port (PostgreSQL's crash recovery replays its WAL), with backoff, for as long
 * as the service runs; {@link #downFor} tells the liveness check how long it has been away.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    /** Zonky holds a lock on this file in the data directory for as long as its server runs. */
    private static final String OWNER_LOCK_FILE = "epg-lock";

    /** What "durable" means for the persistent data directory; verified with SHOW after every start. */
    private static final Map<String, String> DURABLE = Map.of(
            "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    /** How often the supervisor looks at the postmaster, and its backoff between failed restarts. */
    private static final Duration WATCH = Duration.ofMillis(200);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration MAX_RETRY = Duration.ofSeconds(10);
    /** Backends of a dead postmaster exit on their own within moments; past this they are killed. */
    private static final Duration ORPHAN_GRACE = Duration.ofSeconds(5);

    private static volatile EmbeddedDatabase supervised;

    private final Path dataDir;
    private final boolean disposable;
    private final int port;
    /** Replaced by each restart; guarded by {@code this}. */
    private EmbeddedPostgres postgres;
    private long postmasterPid;
    private boolean closed;
    private Thread supervisor;
    /** Whether the postmaster's command line names our data directory, so a reused pid is told apart. */
    private volatile boolean identifiable;
    /** System.nanoTime() when the postmaster was found dead, 0 while it runs. */
    private volatile long downSince;
    private volatile int restarts;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, boolean disposable) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.disposable = disposable;
        this.port = postgres.getPort();
        this.postmasterPid = readPostmasterPid();
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
            EmbeddedDatabase database = new EmbeddedDatabase(builder(dir, disposable).start(), dir, disposable);
            if (!disposable) {
                database.checkDurable(dir);
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dir, boolean disposable) {
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
        return builder;
    }

    /**
     * Watches the postmaster from now on and starts it again whenever it dies, until {@link #close()}. The JDBC URL
     * stays the same (same port), so the connection pool and the catalog listener reconnect by themselves.
     */
    public synchronized void supervise() {
        if (supervisor != null || closed) {
            return;
        }
        if (postmasterPid <= 0) {
            LOG.warnf("the embedded PostgreSQL in %s is not supervised: its postmaster.pid names no process", dataDir);
            return;
        }
        // where the system does not show us the postmaster's command line, being alive has to do
        identifiable = ProcessHandle.of(postmasterPid).filter(p -> isPostmasterOf(p, dataDir)).isPresent();
        supervisor = new Thread(this::superviseLoop, "embedded-postgres-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
        supervised = this;
    }

    /** The supervised embedded server of this JVM, if there is one. */
    public static Optional<EmbeddedDatabase> supervised() {
        return Optional.ofNullable(supervised);
    }

    /** How long the postmaster has been down; zero while it runs. */
    public Duration downFor() {
        long since = downSince;
        return since == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
    }

    /** How many times the supervisor has started the postmaster again. */
    public int restarts() {
        return restarts;
    }

    private void superviseLoop() {
        Duration retry = FIRST_RETRY;
        while (!Thread.currentThread().isInterrupted()) {
            sleep(WATCH.toMillis());
            long pid;
            synchronized (this) {
                if (closed) {
                    return;
                }
                pid = postmasterPid;
            }
            if (isRunning(pid)) {
                continue;
            }
            if (downSince == 0) {
                downSince = System.nanoTime();
                LOG.errorf("the embedded PostgreSQL (postmaster pid %d) has died; starting it again on %s, port %d",
                        pid, dataDir, port);
            }
            if (restart()) {
                LOG.infof("the embedded PostgreSQL is back after %d ms (restart %d, postmaster pid %d); PostgreSQL "
                        + "replayed its WAL, and connections are made again", downFor().toMillis(), restarts,
                        postmasterPid);
                downSince = 0;
                retry = FIRST_RETRY;
            } else {
                LOG.warnf("the embedded PostgreSQL could not be started again; next attempt in %d ms (down for %d s)",
                        retry.toMillis(), downFor().toSeconds());
                sleep(retry.toMillis());
                retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
            }
        }
    }

    /** A zombie, or a process that was given the pid since, is not our postmaster either. */
    private boolean isRunning(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> !identifiable || isPostmasterOf(process, dataDir)).isPresent();
    }

    /** One attempt: let go of the dead server, wait for its orphaned backends, start a new one on the same port. */
    private boolean restart() {
        try {
            synchronized (this) {
                if (closed) {
                    return true;
                }
                closeDead(postgres);
            }
            awaitOrphans();
            EmbeddedPostgres started = builder(dataDir, disposable).setPort(port).start();
            synchronized (this) {
                postgres = started;
                postmasterPid = readPostmasterPid();
                restarts++;
                if (closed) {
                    started.close();
                    return true;
                }
            }
            if (!disposable) {
                checkDurable(dataDir);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("starting the embedded PostgreSQL failed: %s", e.getMessage());
            return false;
        }
    }

    /**
     * Releases zonky's lock on the data directory. Its pg_ctl stop fails, the postmaster being gone, and zonky logs that
     * as an error with a stack trace, which would only confuse whoever reads the log after the supervisor's own line.
     */
    private static void closeDead(EmbeddedPostgres dead) throws IOException {
        java.util.logging.Logger zonky = java.util.logging.Logger.getLogger(EmbeddedPostgres.class.getName());
        Level level = zonky.getLevel();
        zonky.setLevel(Level.OFF);
        try {
            dead.close();
        } finally {
            zonky.setLevel(level);
        }
    }

    /**
     * The backends of a dead postmaster still hold its shared memory, and a new postmaster refuses to start beside
     * them. They notice the death and exit by themselves; one that lingers is killed, there being no server left for
     * it to work for. They are the processes whose working directory is the data directory (Linux).
     */
    private void awaitOrphans() {
        long deadline = System.nanoTime() + ORPHAN_GRACE.toNanos();
        List<ProcessHandle> orphans = orphans();
        while (!orphans.isEmpty() && System.nanoTime() < deadline) {
            sleep(100);
            orphans = orphans();
        }
        for (ProcessHandle orphan : orphans) {
            LOG.warnf("killing the backend %d that outlived its postmaster", orphan.pid());
            orphan.destroyForcibly();
        }
        if (!orphans.isEmpty()) {
            sleep(500);
        }
    }

    private List<ProcessHandle> orphans() {
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> {
                    try {
                        return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"))
                                .equals(dataDir);
                    } catch (IOException | UnsupportedOperationException | SecurityException e) {
                        return false;
                    }
                })
                .toList();
    }

    private long readPostmasterPid() {
        try {
            return readPid(dataDir.resolve("postmaster.pid")).orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    private void checkDurable(Path dir) throws IOException {
        EmbeddedPostgres server;
        synchronized (this) {
            server = postgres;
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> setting : DURABLE.entrySet()) {
                try (ResultSet result = statement.executeQuery("SHOW " + setting.getKey())) {
                    result.next();
                    String actual = result.getString(1);
                    if (!setting.getValue().equals(actual)) {
                        server.close();
                        throw new IllegalStateException("the embedded PostgreSQL in " + dir + " runs with "
                                + setting.getKey() + "=" + actual + "; its data would not survive a crash");
                    }
                }
            }
        } catch (SQLException e) {
            server.close();
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

    /** Stops supervising, then stops the server (pg_ctl stop, fast mode) and waits for it; the data directory stays. */
    @Override
    public void close() throws IOException {
        Thread watching;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            watching = supervisor;
        }
        if (watching != null) {
            watching.interrupt();
            try {
                watching.join(Duration.ofSeconds(90).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (supervised == this) {
            supervised = null;
        }
        EmbeddedPostgres server;
        synchronized (this) {
            server = postgres;
        }
        server.close();
    }
}
