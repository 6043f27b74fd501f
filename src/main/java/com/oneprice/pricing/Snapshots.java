package com.oneprice.pricing;

import com.oneprice.catalog.CatalogChanged;
import com.oneprice.catalog.CatalogChanges;
import com.oneprice.pricing.engine.CatalogSnapshot;
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

/**
 * The pricing snapshot every request reads: built at start, rebuilt right after a catalog write commits on this
 * instance, and within about a second of a write on any other instance — PostgreSQL notifies every listener
 * ({@code LISTEN catalog_changed}), and the version row is polled as well in case a notification is lost with a
 * connection. Requests never query the database.
 */
@ApplicationScoped
public class Snapshots {

    private static final Logger LOG = Logger.getLogger(Snapshots.class);
    static final long POLL_MILLIS = 1000;

    @Inject
    SnapshotLoader loader;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile CatalogSnapshot current;
    private volatile boolean running;
    private Thread listener;

    void onStart(@Observes @Priority(200) StartupEvent start) {
        refresh();
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

    /** Runs on the writing thread after commit, so the writer's next request already sees its change. */
    void onCatalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged changed) {
        CatalogSnapshot snapshot = current;
        if (snapshot == null || snapshot.version() < changed.version()) {
            refresh();
        }
    }

    public CatalogSnapshot current() {
        CatalogSnapshot snapshot = current;
        if (snapshot == null) {
            refresh();
            snapshot = current;
        }
        return snapshot;
    }

    public boolean isLoaded() {
        return current != null;
    }

    /** Loads the catalog when the database holds a newer version than the snapshot; one load at a time. */
    public synchronized void refresh() {
        long started = System.nanoTime();
        CatalogSnapshot fresh = loader.load();
        if (current == null || fresh.version() > current.version()) {
            current = fresh;
            LOG.infof("pricing snapshot at catalog version %d built in %d ms", fresh.version(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username.orElse(null), password.orElse(null))) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + CatalogChanges.CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications((int) POLL_MILLIS);
                    if ((notifications != null && notifications.length > 0) || databaseVersion(connection) > version()) {
                        refresh();
                    }
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
        CatalogSnapshot snapshot = current;
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
