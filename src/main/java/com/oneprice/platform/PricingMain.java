package com.oneprice.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.nio.file.Path;

/**
 * Starts what a bare machine lacks before Quarkus reads its configuration: the embedded PostgreSQL when
 * no datasource URL is configured, and the development signing key when no JWT verification key is.
 */
@QuarkusMain
public final class PricingMain {

    private PricingMain() {
    }

    public static void main(String... args) {
        Path dataDir = Path.of(setting("pricing.data-dir", "PRICING_DATA_DIR", "./data")).toAbsolutePath().normalize();
        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL", null) == null) {
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDir.resolve("postgres"));
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
            System.setProperty("quarkus.datasource.password", EmbeddedDatabase.USER);
        }
        if (setting("mp.jwt.verify.publickey.location", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", null) == null
                && setting("mp.jwt.verify.publickey", "MP_JWT_VERIFY_PUBLICKEY", null) == null) {
            Path publicKey = DevSigningKey.ensure(dataDir.resolve("keys"));
            System.setProperty("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
        }
        Quarkus.run(args);
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
