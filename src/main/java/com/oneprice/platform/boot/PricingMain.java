package com.oneprice.platform.boot;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts what a bare machine lacks before Quarkus reads its configuration: the embedded PostgreSQL when
 * no datasource URL is configured (supervised: started again whenever it dies), and the development signing key
 * when no JWT verification key is. Refuses to start when an external identity provider's tokens would be taken
 * without an audience ({@link TokenAudience}). It reads these settings from system properties and the environment.
 */
@QuarkusMain
public final class PricingMain {

    private static final Logger LOG = Logger.getLogger(PricingMain.class);

    /**
     * Bounds the wait for the application to let go of the database: the shutdown delay (5 s), the requests in flight
     * (up to 30 s) and the verification log's last writes (up to 10 s) by default, with room to spare.
     */
    private static final Duration APPLICATION_STOP_WAIT = Duration.ofSeconds(90);

    private PricingMain() {
    }

    public static void main(String... args) {
        Path dataDir = Path.of(setting("pricing.data-dir", "PRICING_DATA_DIR", "./data")).toAbsolutePath().normalize();
        boolean externalProvider = setting("mp.jwt.verify.publickey.location", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", null)
                != null || setting("mp.jwt.verify.publickey", "MP_JWT_VERIFY_PUBLICKEY", null) != null;
        String audiences = setting("mp.jwt.verify.audiences", "MP_JWT_VERIFY_AUDIENCES", null);
        boolean waived = Boolean.parseBoolean(setting(TokenAudience.WAIVER, TokenAudience.WAIVER_ENV, "false"));
        TokenAudience.refusal(externalProvider, audiences, waived).ifPresent(PricingMain::refuse);
        TokenAudience.warning(externalProvider, audiences, waived).ifPresent(LOG::warn);
        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL", null) == null) {
            EmbeddedDatabase database = startDatabase(dataDir.resolve("postgres"));
            database.supervise();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterApplication(database),
                    "embedded-postgres-stop"));
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
            System.setProperty("quarkus.datasource.password", EmbeddedDatabase.USER);
        }
        if (!externalProvider) {
            Path publicKey = DevSigningKey.ensure(dataDir.resolve("keys"));
            System.setProperty("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
        }
        Quarkus.run(args);
    }

    /** A data directory in use or a server without durability is the operator's to fix: say so, no stack trace. */
    private static EmbeddedDatabase startDatabase(Path dir) {
        try {
            return EmbeddedDatabase.start(dir);
        } catch (IllegalStateException e) {
            refuse(e.getMessage());
            throw e;
        }
    }

    /** Settings the operator has to fix: one sentence that says which, and no stack trace. */
    private static void refuse(String reason) {
        System.err.println("pricing service not started: " + reason);
        System.exit(1);
    }

    /**
     * Shutdown hooks run concurrently, and Quarkus stops the application (HTTP, connection pool) from its own hook.
     * Stopping PostgreSQL only once the application has stopped lets in-flight work finish against a live database,
     * and the verification log write what its spool holds.
     */
    private static void stopAfterApplication(EmbeddedDatabase database) {
        Application application = Application.currentApplication();
        if (application != null) {
            Thread waiter = new Thread(application::awaitShutdown, "await-application-stop");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(APPLICATION_STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            database.close();
        } catch (IOException | RuntimeException e) {
            LOG.error("could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
