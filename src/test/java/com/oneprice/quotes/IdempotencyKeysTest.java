package com.oneprice.quotes;

import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.TestDatabase;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import static com.oneprice.quotes.QuoteResourceTest.pricedService;
import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Fixtures.quote;
import static com.oneprice.testing.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Idempotency-Keys are forgotten by an hourly purge, which this test runs at once through the bean: so it runs in the
 * test's JVM only, not against the packaged jar.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class IdempotencyKeysTest {

    @TestDatabase
    DataSource dataSource;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Test
    void keys_are_remembered_for_the_retention_and_forgotten_after() throws SQLException {
        String caller = "operator-" + unique();
        String token = Tokens.of("operator", caller);
        String service = pricedService();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement age = connection.prepareStatement("update idempotency_key "
                     + "set created_at = now() - ?::interval where caller = ? and key = ?")) {
            for (String[] key : new String[][] {{"day-old", "25 hours"}, {"two-days-old", "49 hours"}}) {
                as(token).header("Idempotency-Key", key[0]).body(quote("central", "PHONE", service)).post("/quotes")
                        .then().statusCode(201);
                age.setString(1, key[1]);
                age.setString(2, caller);
                age.setString(3, key[0]);
                assertEquals(1, age.executeUpdate());
            }
        }
        assertEquals(Duration.ofHours(48), idempotencyKeys.retention());
        assertTrue(idempotencyKeys.purge() >= 1);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement keys = connection.prepareStatement("select key from idempotency_key where caller = ?")) {
            keys.setString(1, caller);
            try (ResultSet rows = keys.executeQuery()) {
                assertTrue(rows.next());
                assertEquals("day-old", rows.getString(1));
                assertFalse(rows.next(), "the two-day-old key is forgotten");
            }
        }
    }
}
