package com.oneprice.catalog;

import com.oneprice.pricing.engine.Codes;
import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * PostgreSQL holds one code rule and one channel rule, the very patterns of {@link Codes} that the API validates with,
 * and every column that holds a channel is held to it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DatabaseVocabularyTest {

    @TestDatabase
    DataSource dataSource;

    @Test
    void the_databases_code_and_channel_rules_are_the_patterns_the_api_checks() throws SQLException {
        assertEquals(List.of("CHECK ((VALUE ~ '^" + Codes.CODE_PATTERN + "$'::text))"), checks("slug"));
        assertEquals(List.of("CHECK ((VALUE ~ '^" + Codes.CHANNEL_PATTERN + "$'::text))"), checks("channel_name"));
    }

    @Test
    void every_channel_column_is_a_channel_name_and_a_promotions_channels_are_checked_as_such() throws SQLException {
        assertEquals(List.of("promotion.channels _text", "quote.channel channel_name",
                        "verification.channel channel_name"),
                rows("""
                        select table_name || '.' || column_name || ' ' || coalesce(domain_name, udt_name)
                        from information_schema.columns
                        where table_schema = 'public' and column_name in ('channel', 'channels')
                        order by table_name"""));
        assertEquals(List.of("CHECK (((channels)::channel_name[] IS NOT NULL))"),
                rows("select pg_get_constraintdef(oid) from pg_constraint where conname = 'promotion_channels_named'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "PHONE-CALL", "", " PHONE", "_PHONE"})
    void the_database_refuses_a_channel_the_api_would_refuse(String channel) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String cast : List.of("select ?::channel_name", "select array['WEB', ?]::channel_name[]")) {
                try (PreparedStatement select = connection.prepareStatement(cast)) {
                    select.setString(1, channel);
                    SQLException refusal = assertThrows(SQLException.class, select::executeQuery, cast);
                    assertEquals("23514", refusal.getSQLState(), cast);
                }
            }
        }
    }

    @Test
    void the_database_takes_a_channel_the_api_takes() throws SQLException {
        assertEquals(List.of("PHONE_2"), rows("select 'PHONE_2'::channel_name"));
    }

    private List<String> checks(String domain) throws SQLException {
        return rows("""
                select pg_get_constraintdef(c.oid) from pg_constraint c join pg_type t on c.contypid = t.oid
                where t.typname = '%s'""".formatted(domain));
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        }
    }
}
