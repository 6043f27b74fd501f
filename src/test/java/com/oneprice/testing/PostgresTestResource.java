package com.oneprice.testing;

import com.oneprice.platform.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The same embedded PostgreSQL 17 the service uses by default, emptied for every test run. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.startDisposable(Path.of("target", "test-postgres"));
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.USER);
    }

    @Override
    public void stop() {
        try {
            if (database != null) {
                database.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
