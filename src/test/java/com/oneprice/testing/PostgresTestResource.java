package com.oneprice.testing;

import com.oneprice.platform.boot.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The same embedded PostgreSQL 17 the service uses by default, emptied for every test run. The service reaches it
 * through a {@link DatabaseProxy}, so that a test can take the database away ({@link #proxy()}) and bring it back.
 * Its settings reach the service under test as configuration (a packaged jar gets them as system properties, so its
 * PricingMain starts no database of its own), and tests reach the database itself through their
 * {@link TestDatabase} field.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile DatabaseProxy proxy;
    private static volatile EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.startDisposable(Path.of("target", "test-postgres"));
        try {
            proxy = new DatabaseProxy(database.port());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + proxy.port() + "/postgres",
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.USER);
    }

    /** Between the service and the database of the running test application. */
    public static DatabaseProxy proxy() {
        return proxy;
    }

    /** The database itself, past the proxy: what a test writes here the service sees only through the proxy. */
    public static String directUrl() {
        return database.jdbcUrl();
    }

    @Override
    public void inject(TestInjector injector) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.jdbcUrl());
        dataSource.setUser(EmbeddedDatabase.USER);
        dataSource.setPassword(EmbeddedDatabase.USER);
        injector.injectIntoFields(dataSource,
                new TestInjector.AnnotatedAndMatchesType(TestDatabase.class, DataSource.class));
    }

    @Override
    public void stop() {
        try {
            if (proxy != null) {
                proxy.close();
            }
            if (database != null) {
                database.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
