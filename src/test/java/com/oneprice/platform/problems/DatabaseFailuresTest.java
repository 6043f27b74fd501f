package com.oneprice.platform.problems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseFailuresTest {

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "08003", "57P01", "57P02", "57P03", "53300", "53100", "58030", "25006"})
    void a_database_that_cannot_be_reached_or_cannot_serve_now_is_unavailable(String state) {
        assertTrue(DatabaseFailures.unavailable(new SQLException("down", state)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23P01", "22003", "40001", "40P01", "P0001", "42P01", "57014"})
    void a_refusal_of_the_request_itself_is_not_unavailability(String state) {
        assertFalse(DatabaseFailures.unavailable(new SQLException("refused", state)));
    }

    @Test
    void unavailability_is_found_among_the_causes() {
        RuntimeException wrapped = new IllegalStateException("could not record a quote",
                new RuntimeException(new SQLException("Connection refused", "08001")));
        assertTrue(DatabaseFailures.unavailable(wrapped));
    }

    @Test
    void unavailability_is_found_among_the_chained_exceptions_of_a_batch() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "08006");
        SQLException first = new SQLException("batch failed", (String) null);
        first.setNextException(batch);
        first.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.postgresql.jdbc.PgStatement",
                "executeBatch", "PgStatement.java", 1)});
        assertTrue(DatabaseFailures.unavailable(first));
    }

    @Test
    void a_refused_socket_is_unavailable() {
        assertTrue(DatabaseFailures.unavailable(new IllegalStateException(new ConnectException("Connection refused"))));
    }

    @Test
    void the_pool_giving_no_connection_in_time_is_unavailable() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        timeout.setStackTrace(new StackTraceElement[] {new StackTraceElement("io.agroal.pool.ConnectionPool",
                "handlerFromSharedCache", "ConnectionPool.java", 1)});
        assertTrue(DatabaseFailures.unavailable(timeout));
    }

    @Test
    void an_sql_exception_without_a_state_from_elsewhere_is_not_unavailability() {
        SQLException other = new SQLException("something else");
        other.setStackTrace(new StackTraceElement[] {new StackTraceElement("com.example.Dao", "load", "Dao.java", 1)});
        assertFalse(DatabaseFailures.unavailable(other));
    }

    @Test
    void a_failure_unrelated_to_the_database_is_not_unavailability() {
        assertFalse(DatabaseFailures.unavailable(new IllegalArgumentException("bad input")));
    }
}
