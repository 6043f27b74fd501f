package com.oneprice.verification;

import com.oneprice.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.oneprice.testing.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class VerificationLogTest {

    @Inject
    VerificationLog log;

    @Inject
    AgroalDataSource dataSource;

    static VerificationLog.Entry entry(String caller, String quoted) {
        BigDecimal amount = new BigDecimal(quoted);
        return new VerificationLog.Entry(Instant.now(), "central", "PHONE", caller, null, null, List.of("ECG"),
                amount, amount, "RUB", "MATCH", List.of(), amount, BigDecimal.ZERO, 1, null);
    }

    @Test
    void an_entry_the_database_refuses_is_dropped_without_holding_back_the_others() throws SQLException {
        String caller = "log-" + unique();
        log.record(entry(caller, "100.00"));
        log.record(entry(caller, "10000000000000000.00"));  // beyond numeric(19, 4)
        log.record(entry(caller, "300.00"));
        log.flush();

        log.record(entry(caller, "400.00"));
        log.flush();

        assertEquals(List.of(new BigDecimal("100.0000"), new BigDecimal("300.0000"), new BigDecimal("400.0000")),
                quotedBy(caller));
    }

    private List<BigDecimal> quotedBy(String caller) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select quoted from verification where caller = ? order by quoted")) {
            select.setString(1, caller);
            List<BigDecimal> amounts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    amounts.add(rows.getBigDecimal(1));
                }
            }
            return amounts;
        }
    }
}
