package com.oneprice.pricing;

import com.oneprice.catalog.CatalogChanged;
import com.oneprice.catalog.CatalogChanges;
import com.oneprice.pricing.engine.CatalogSnapshot;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pricing snapshot every request reads. Loaded whole at start; after that it follows the catalog's change log
 * (see {@link SnapshotLoader#follow}): right after a catalog write commits on this instance, on the writer's own
 * thread, so its answer and its next request see the change; and within about a second of a write on any other
 * instance: PostgreSQL notifies every listener ({@code LISTEN catalog_changed}), and the version row is polled as well
 * in case a notification is lost with a connection. Requests never query the database.
 *
 * <p>Following the log costs what the writes since changed, and threads doing it never wait for each other: each
 * derives a snapshot of one consistent version, and the newest one derived is the one installed. Only when the log
 * cannot say what changed (a version it does not hold) is the catalog reloaded whole, one reload at a time; a writer
 * then waits for the reload that brings its own version.
 */
@ApplicationScoped
public class Snapshots {

    private static final Logger LOG = Logger.getLogger(Snapshots.class);
    static final long POLL_MILLIS = 1000;
    static final String UPDATES = "pricing.snapshot.updates";

    @Inject
    SnapshotLoader loader;

    @Inject
    CatalogFreshness freshness;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final AtomicReference<CatalogSnapshot> current = new AtomicReference<>();
    private final ReentrantLock reloading = new ReentrantLock();
    private Counter followed;
    private Counter reloaded;
    private volatile boolean running;
    private Thread listener;

    @Inject
    void count(MeterRegistry metrics) {
        followed = Counter.builder(UPDATES).tag("how", "change-log")
                .description("Snapshots derived from the one before by the catalog's change log").register(metrics);
        reloaded = Counter.builder(UPDATES).tag("how", "reload")
                .description("Snapshots loaded whole from the catalog").register(metrics);
    }

    void onStart(@Observes @Priority(200) StartupEvent start) {
        reload(0);
        running = true;
        listener = new Thread(this::listen, "catalog-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /**
     * Runs on the writing thread after commit, so the writer's answer and next request already see its change. The
     * listener may have followed the write first; either way the write's own request logs which snapshot answers it.
     */
    void onCatalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged changed) {
        long started = System.nanoTime();
        catchUp(changed.version());
        LOG.infof("catalog version %d written; pricing from snapshot version %d after %d µs", changed.version(),
                version(), (System.nanoTime() - started) / 1_000);
    }

    public CatalogSnapshot current() {
        CatalogSnapshot snapshot = current.get();
        if (snapshot == null) {
            reload(0);
            snapshot = current.get();
        }
        return snapshot;
    }

    /** Until the snapshot holds {@code version} or a later one: from the change log, or else by a full reload. */
    void catchUp(long version) {
        while (version() < version) {
            long started = System.nanoTime();
            CatalogSnapshot base = current.get();
            Optional<CatalogSnapshot> next = base == null ? Optional.empty() : loader.follow(base);
            if (next.isEmpty()) {
                reload(version);
            } else if (next.get() == base) {
                return; // the database is not at that version (any more): nothing to follow
            } else if (install(next.get())) {
                followed.increment();
                LOG.debugf("pricing snapshot at catalog version %d followed from %d in %d µs", next.get().version(),
                        base.version(), (System.nanoTime() - started) / 1_000);
            }
        }
    }

    /** Loads the whole catalog unless a reload that finished meanwhile brought {@code version}; one at a time. */
    private void reload(long version) {
        reloading.lock();
        try {
            if (version() >= version) {
                return;
            }
            long started = System.nanoTime();
            CatalogSnapshot fresh = loader.load();
            freshness.confirmed();
            if (install(fresh)) {
                reloaded.increment();
                LOG.infof("pricing snapshot at catalog version %d built in %d ms", fresh.version(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        } finally {
            reloading.unlock();
        }
    }

    /** Makes {@code next} current unless the current one is as new; says whether it did. */
    private boolean install(CatalogSnapshot next) {
        CatalogSnapshot before = current.getAndUpdate(now -> now == null || next.version() > now.version() ? next : now);
        return before == null || next.version() > before.version();
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username.orElse(null), password.orElse(null))) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + CatalogChanges.CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    // at once on (re)connecting, then after each notification, and at least every second
                    catchUp(databaseVersion(connection));
                    freshness.confirmed();
                    pg.getNotifications((int) POLL_MILLIS);
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("catalog listener lost its connection (%s); reconnecting", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private long version() {
        CatalogSnapshot snapshot = current.get();
        return snapshot == null ? -1 : snapshot.version();
    }

    private static long databaseVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select version from catalog_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
