package com.oneprice.verification;

import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.verification.explanation.Verdict;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Records verifications without slowing verify down: requests only enqueue; one thread writes batches, and keeps a
 * batch it could not write until it can. An orderly shutdown drains the queue before the datasource closes.
 */
@ApplicationScoped
public class VerificationLog {

    private static final Logger LOG = Logger.getLogger(VerificationLog.class);
    private static final int BATCH = 500;

    /** {@code quotedBy}: the issuer of a presented quote; null for a bare amount. */
    public record Entry(Instant occurredAt, String branch, String channel, String caller, String quotedBy,
                        String quoteCode, List<String> services, BigDecimal quoted, BigDecimal authoritative,
                        String currency, String verdict, List<String> reasons, BigDecimal payable,
                        BigDecimal honourCost, long catalogVersion, String requestId) {

        /** {@code quotedBy} and {@code quoteCode}: the issuer and code of a presented quote; null for a bare amount. */
        static Entry of(Instant occurredAt, PriceRequest request, PriceAnswer answer, Verdict verdict, Honour honour,
                        String caller, String quotedBy, String quoteCode) {
            return new Entry(occurredAt, request.branch().value(),
                    request.channel() == null ? null : request.channel().value(), caller, quotedBy, quoteCode,
                    request.items().stream().map(i -> i.service().value()).distinct().toList(),
                    verdict.quoted().amount(), answer.total().amount(), answer.total().currency().getCurrencyCode(),
                    verdict.status().name(), verdict.reasons().stream().map(r -> r.code().name()).distinct().toList(),
                    honour.payable().amount(), honour.cost().amount(), answer.catalogVersion(),
                    (String) MDC.get("requestId"));
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private final PendingWrites<Entry> pending = new PendingWrites<>(100_000, BATCH, this::write);
    private volatile boolean running;
    private Thread writer;

    void onStart(@Observes StartupEvent start) {
        running = true;
        writer = new Thread(this::writeLoop, "verification-log");
        writer.setDaemon(true);
        writer.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        if (writer != null) {
            writer.interrupt();
            try {
                writer.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    public void record(Entry entry) {
        if (!pending.offer(entry)) {
            LOG.warn("verification log queue is full; writing synchronously");
            write(List.of(entry));
        }
    }

    /**
     * Writes every verification recorded so far, also one the writer thread is about to write: for shutdown, and
     * for reports that must include the verification just made.
     */
    public void flush() {
        if (!pending.flush(5_000)) {
            LOG.warn("verification log: some verifications could not be written yet; they stay queued");
        }
    }

    private void writeLoop() {
        while (running) {
            try {
                pending.awaitAndWrite(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("could not write verifications; they stay queued and are retried in a second", e);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Writes a batch in one transaction. When the database refuses it for the data of some entry, not for being
     * unreachable, the entries are written one by one, and an entry refused on its own is logged and dropped: it could
     * never be written, and it must not hold back the rest of the log.
     */
    private void write(List<Entry> batch) {
        try {
            insert(batch);
        } catch (SQLException e) {
            if (!refusedForItsData(e)) {
                throw new IllegalStateException("could not record " + batch.size() + " verifications", e);
            }
            if (batch.size() == 1) {
                LOG.errorf(e, "dropped a verification the database refuses: %s", batch.get(0));
                return;
            }
            batch.forEach(entry -> write(List.of(entry)));
        }
    }

    private void insert(List<Entry> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into verification (occurred_at, branch, "
                     + "channel, caller, quoted_by, quote_code, services, quoted, authoritative, currency, verdict, "
                     + "reasons, payable, honour_cost, catalog_version, request_id) "
                     + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            try {
                for (Entry e : batch) {
                    insert.setTimestamp(1, Timestamp.from(e.occurredAt()));
                    insert.setString(2, e.branch());
                    insert.setString(3, e.channel());
                    insert.setString(4, e.caller());
                    insert.setString(5, e.quotedBy());
                    insert.setString(6, e.quoteCode());
                    insert.setArray(7, connection.createArrayOf("text", e.services().toArray()));
                    insert.setBigDecimal(8, e.quoted());
                    insert.setBigDecimal(9, e.authoritative());
                    insert.setString(10, e.currency());
                    insert.setString(11, e.verdict());
                    insert.setArray(12, connection.createArrayOf("text", e.reasons().toArray()));
                    insert.setBigDecimal(13, e.payable());
                    insert.setBigDecimal(14, e.honourCost());
                    insert.setLong(15, e.catalogVersion());
                    insert.setString(16, e.requestId());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation) are about the entry itself. */
    private static boolean refusedForItsData(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                return true;
            }
        }
        return false;
    }
}
