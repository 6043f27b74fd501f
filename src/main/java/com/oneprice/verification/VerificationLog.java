package com.oneprice.verification;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.problems.DatabaseFailures;
import com.oneprice.platform.boot.PricingConfig;
import com.oneprice.platform.problems.ProblemType;
import com.oneprice.platform.spool.Spool;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.verification.explanation.Verdict;
import com.oneprice.words.Text;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Records verifications durably without a database round trip on verify's path: {@link #record} returns once the
 * entry is in a local spool on disk (fsync'd in groups, see {@link Spool}), so a verification answered 200 survives a
 * SIGKILL of the JVM and an outage of the database. One thread moves the spool's entries to the database in batches,
 * and keeps trying while the database is away; the spool hands out again after a restart what had not reached the
 * database, and each entry's own id makes its insert happen exactly once. Memory holds one batch, whatever the
 * outage's length; the spool's size is bounded, and when it is full verify refuses (503) what it could not keep.
 */
@ApplicationScoped
public class VerificationLog {

    private static final Logger LOG = Logger.getLogger(VerificationLog.class);
    private static final int BATCH = 500;
    /** An orderly stop waits this long for the database to take what the spool holds; the rest waits for the next start. */
    private static final Duration STOP_DRAIN = Duration.ofSeconds(10);
    private static final long MAX_BACKOFF_MILLIS = 1_000;

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

    /** What the spool keeps: the entry, and the id that makes its insert happen once however often it is replayed. */
    record Spooled(UUID id, Entry entry) {
    }

    /** The spool's own format, apart from the API's strict JSON: what a newer version wrote must still read. */
    private static final ObjectMapper SPOOL_JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    PricingConfig config;

    private Spool spool;
    private volatile boolean running;
    /** The database refused or could not be reached on the last attempt; a flush does not wait for it then. */
    private volatile boolean stalled;
    /** The spool refused an entry for want of room; logged once until it takes one again. */
    private volatile boolean full;
    private Thread writer;
    /** The spool's position up to which every entry is in the database; guarded by {@code this}. */
    private Spool.Position written = new Spool.Position(0, 0);

    void onStart(@Observes StartupEvent start) throws IOException {
        Path directory = Path.of(config.verification().spool().directory()
                .orElse(Path.of(config.dataDir(), "spool", "verifications").toString()));
        spool = Spool.open(directory, config.verification().spool().maxSize().asLongValue());
        running = true;
        writer = new Thread(this::writeLoop, "verification-log");
        writer.setDaemon(true);
        writer.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        boolean caughtUp = flush(STOP_DRAIN);
        running = false;
        if (writer != null) {
            try {
                writer.join(STOP_DRAIN.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (spool != null) {
            long left = spool.size();
            try {
                spool.close();
            } catch (IOException e) {
                LOG.error("could not close the verification spool", e);
            }
            if (!caughtUp) {
                LOG.warnf("%d bytes of verifications stay in the spool; the next start writes them to the database",
                        left);
            }
        }
    }

    /**
     * Keeps a verification: once this returns, it is on disk and will reach the database exactly once. A 503 when the
     * spool is full or cannot be written: verify must not acknowledge what it cannot keep.
     */
    public void record(Entry entry) {
        byte[] record;
        try {
            record = SPOOL_JSON.writeValueAsBytes(new Spooled(UUID.randomUUID(), entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a verification to the spool", e);
        }
        try {
            if (spool == null) {
                throw new IOException("the verification spool is not open yet");
            }
            spool.append(record);
            if (full) {
                full = false;
                LOG.info("the verification spool takes verifications again");
            }
        } catch (Spool.Full e) {
            if (!full) {
                full = true;
                LOG.warnf("verification spool full (%d bytes): verifications with a quoted amount or code answer 503 "
                        + "until the database takes its entries", spool.maxBytes());
            }
            throw ApiException.unavailable(ProblemType.VERIFICATION_LOG_FULL,
                    Text.of("problem.verification-log-full.detail"));
        } catch (IOException e) {
            LOG.error("could not write a verification to the spool", e);
            throw ApiException.unavailable(ProblemType.VERIFICATION_LOG_UNAVAILABLE,
                    Text.of("problem.verification-log-unavailable.detail"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable(ProblemType.VERIFICATION_LOG_UNAVAILABLE,
                    Text.of("problem.verification-log-unavailable.detail"));
        }
    }

    /**
     * Waits until every verification recorded so far is in the database, for reports that must include the one just
     * made; answers false after 5 s, or at once while the database cannot take them.
     */
    public boolean flush() {
        return flush(Duration.ofSeconds(5));
    }

    private synchronized boolean flush(Duration timeout) {
        if (spool == null) {
            return true;
        }
        Spool.Position target = spool.end();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (written.compareTo(target) < 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || stalled) {
                return false;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private synchronized void advance(Spool.Position to) {
        written = to;
        notifyAll();
    }

    /** Moves the spool's entries to the database, a batch at a time; a batch that could not be written is retried. */
    private void writeLoop() {
        Spool.Batch batch = null;
        long backoff = 100;
        while (running) {
            try {
                if (batch == null) {
                    batch = spool.next(BATCH, 200);
                }
                if (!batch.isEmpty()) {
                    write(decode(batch.records()));
                    spool.release(batch.end());
                }
                advance(batch.end());
                batch = null;
                backoff = 100;
                if (stalled) {
                    stalled = false;
                    LOG.infof("verification log writes to the database again; %d bytes wait in the spool",
                            spool.size());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception | Error e) {
                if (e instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
                // whatever a broken connection throws (the driver even throws AssertionErrors under -ea), this thread
                // must live on: it alone moves the spool to the database
                if (!stalled) {
                    stalled = true;
                    if (DatabaseFailures.unavailable(e)) {
                        LOG.warnf("verification log: the database is unavailable (%s); verifications wait in the "
                                + "spool and are written once it is back", e.getMessage());
                    } else {
                        LOG.error("could not write verifications; they wait in the spool and are retried", e);
                    }
                    synchronized (this) {
                        notifyAll();
                    }
                }
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    /** An entry that cannot be read back could never be written: it is logged and left out, not retried forever. */
    private static List<Spooled> decode(List<byte[]> records) {
        List<Spooled> entries = new ArrayList<>(records.size());
        for (byte[] record : records) {
            try {
                entries.add(SPOOL_JSON.readValue(record, Spooled.class));
            } catch (IOException e) {
                LOG.errorf(e, "dropped a spooled verification that cannot be read: %s",
                        new String(record, StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    /**
     * Writes a batch in one transaction. When the database refuses it for the data of some entry, not for being
     * unreachable, the entries are written one by one, and an entry refused on its own is logged and dropped: it could
     * never be written, and it must not hold back the rest of the log.
     */
    private void write(List<Spooled> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            insert(batch);
        } catch (SQLException e) {
            if (!refusedForItsData(e)) {
                throw new IllegalStateException("could not record " + batch.size() + " verifications", e);
            }
            if (batch.size() == 1) {
                LOG.errorf(e, "dropped a verification the database refuses: %s", batch.get(0).entry());
                return;
            }
            batch.forEach(entry -> write(List.of(entry)));
        }
    }

    private void insert(List<Spooled> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into verification (occurred_at, branch, "
                     + "channel, caller, quoted_by, quote_code, services, quoted, authoritative, currency, verdict, "
                     + "reasons, payable, honour_cost, catalog_version, request_id, entry_id) "
                     + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     + "on conflict (entry_id) do nothing")) {
            connection.setAutoCommit(false);
            try {
                for (Spooled spooled : batch) {
                    Entry e = spooled.entry();
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
                    insert.setObject(17, spooled.id());
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
