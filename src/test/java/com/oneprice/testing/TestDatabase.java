package com.oneprice.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code javax.sql.DataSource} field of an HTTP test that {@link PostgresTestResource} sets to the test
 * database: plain JDBC to the PostgreSQL the service under test uses, so the test reads and writes what a SQL client
 * would, whether the service runs in the test's JVM ({@code @QuarkusTest}) or as the packaged jar ({@code *IT}),
 * where no bean can be injected.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface TestDatabase {
}
