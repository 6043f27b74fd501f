package com.oneprice.quotes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oneprice.catalog.branches.BranchCatalog;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.Amounts;
import com.oneprice.platform.problems.Excerpt;
import com.oneprice.platform.api.MoneyJson;
import com.oneprice.platform.api.Page;
import com.oneprice.platform.api.PageRequest;
import com.oneprice.platform.api.Period;
import com.oneprice.platform.boot.PricingConfig;
import com.oneprice.platform.problems.ProblemType;
import com.oneprice.pricing.PriceAnswerJson;
import com.oneprice.pricing.Pricing;
import com.oneprice.pricing.ItemJson;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.words.Text;
import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.postgresql.util.PSQLException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues quotes (idempotently), reads them, and moves them through ISSUED → VOIDED | REDEEMED.
 *
 * <p>Issuing is the hot write path, so it is one autocommit statement over plain JDBC: no JTA transaction, no ORM
 * session, one round trip to PostgreSQL per quote.
 */
@ApplicationScoped
public class QuoteBook {

    private static final int CODE_ATTEMPTS = 5;
    private static final String CODE_TAKEN = "quote_code_unique";
    private static final String KEY_TAKEN = "idempotency_key_pkey";
    private static final String INSERT_QUOTE = """
            insert into quote (code, issued_at, issued_by, channel, branch_id, priced_at, items, lines, total, currency,
                               catalog_version, expires_at, customer_ref, record_version)
            select ?, ?, ?, ?, id, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, %d from branch where code = ?
            returning id""".formatted(StoredQuote.VERSION);
    private static final String INSERT_KEYED_QUOTE = "with q as (" + INSERT_QUOTE + ") "
            + "insert into idempotency_key (caller, key, request_hash, quote_id, created_at) select ?, ?, ?, id, ? from q";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Pricing pricing;
    @Inject
    BranchCatalog branches;
    @Inject
    ObjectMapper json;
    @Inject
    PricingConfig config;
    @Inject
    Clock clock;

    public record Issued(Quote quote, boolean replayed) {
    }

    /**
     * Prices and records a quote. With an idempotency key, the key's row is inserted in the same statement as the
     * quote, pointing at it: when the key exists already the statement fails as a whole, nothing is stored, and the
     * request replays the quote the key points at (422 when its body differs). A concurrent request with the same
     * key waits on the key until the first one commits and then replays it, so one key never makes two quotes.
     */
    public Issued issue(QuoteRequest request, String caller, String idempotencyKey) {
        String hash = idempotencyKey == null ? null : hash(request);
        CatalogSnapshot snapshot = pricing.snapshot();
        PriceRequest priceRequest;
        PriceAnswer answer;
        try {
            priceRequest = pricing.request(request.branch(), request.at(), request.channel(), request.items());
            answer = pricing.price(snapshot, priceRequest);
            pricing.requireOnSale(snapshot, priceRequest);
        } catch (ApiException cannotPriceNow) {
            // A retry answers what the key made, even if the catalog can no longer price the request.
            if (idempotencyKey != null) {
                Optional<Quote> original = replay(caller, idempotencyKey, hash);
                if (original.isPresent()) {
                    return new Issued(original.get(), true);
                }
            }
            throw cannotPriceNow;
        }
        return record(request, priceRequest, answer, caller, idempotencyKey, hash);
    }

    /** Inserts the priced quote under a fresh code, drawing another on the rare collision. */
    private Issued record(QuoteRequest request, PriceRequest priceRequest, PriceAnswer answer, String caller,
                          String idempotencyKey, String hash) {
        List<PriceAnswerJson.LineJson> lines = answer.lines().stream().map(Pricing::json).toList();
        // PostgreSQL keeps microseconds: the answer shows exactly what a later read will.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(config.quotes().validity());
        String lineJson = write(answer.lines().stream().map(StoredQuote.Line::of).toList());
        String itemJson = write(priceRequest.items().stream().map(StoredQuote.Item::of).toList());
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            QuoteCode code = QuoteCode.generate();
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement(
                         idempotencyKey == null ? INSERT_QUOTE : INSERT_KEYED_QUOTE)) {
                insert.setString(1, code.toString());
                insert.setObject(2, utc(now));
                insert.setString(3, caller);
                insert.setString(4, request.channel());
                insert.setObject(5, utc(priceRequest.at()));
                insert.setString(6, itemJson);
                insert.setString(7, lineJson);
                insert.setBigDecimal(8, answer.total().amount());
                insert.setString(9, answer.total().currency().getCurrencyCode());
                insert.setLong(10, answer.catalogVersion());
                insert.setObject(11, utc(expires));
                insert.setString(12, request.customerRef());
                insert.setString(13, answer.branch().value());
                if (idempotencyKey != null) {
                    insert.setString(14, caller);
                    insert.setString(15, idempotencyKey);
                    insert.setString(16, hash);
                    insert.setObject(17, utc(now));
                }
                insert.execute();
                return new Issued(new Quote(code.toString(), QuoteStatus.ISSUED, now, caller, expires,
                        answer.branch().value(), priceRequest.at(), request.channel(), answer.catalogVersion(), lines,
                        new MoneyJson(Amounts.display(answer.total().amount()), answer.total().currency().getCurrencyCode()),
                        request.customerRef(), null, null), false);
            } catch (SQLException e) {
                String constraint = violatedConstraint(e);
                if (KEY_TAKEN.equals(constraint)) {
                    return new Issued(replay(caller, idempotencyKey, hash).orElseThrow(() ->
                            new IllegalStateException("Idempotency-Key '" + idempotencyKey + "' vanished", e)), true);
                }
                if (!CODE_TAKEN.equals(constraint)) {
                    throw new IllegalStateException("could not record a quote", e);
                }
            }
        }
        throw new IllegalStateException("no free quote code after " + CODE_ATTEMPTS + " attempts");
    }

    /** The quote a key made, when the key is known; 422 when it was made for another body. */
    private Optional<Quote> replay(String caller, String key, String hash) {
        String recordedHash;
        long quoteId;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select request_hash, quote_id from idempotency_key where caller = ? and key = ?")) {
            select.setString(1, caller);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                recordedHash = row.getString(1);
                quoteId = row.getLong(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read Idempotency-Key '" + key + "'", e);
        }
        if (!hash.equals(recordedHash)) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    Text.of("problem.idempotency-key-reused.detail", Excerpt.quoted(key)),
                    List.of(new ApiException.FieldText("Idempotency-Key", Text.of("field.idempotency-key-used"))));
        }
        return Optional.of(view(QuoteEntity.findById(quoteId), clock.instant()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String violatedConstraint(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
                return p.getServerErrorMessage().getConstraint();
            }
        }
        return null;
    }

    public Optional<QuoteEntity> find(QuoteCode code) {
        return QuoteEntity.byCode(code);
    }

    /** The quote {@code code} names, with its status at {@code now}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RecordedQuote> recorded(QuoteCode code, Instant now) {
        return find(code).map(q -> new RecordedQuote(q.code, QuoteStatus.of(q, now), q.issuedBy, q.expiresAt,
                branches.codeOf(q.branchId), q.channel, q.pricedAt, items(q),
                recordedLines(q), new Money(Amounts.display(q.total), Currency.getInstance(q.currency))));
    }

    public Page<Quote> list(PageRequest paging, String branch, String channel, String issuedBy, QuoteStatus status,
                            Period issued) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        Instant now = clock.instant();
        if (branch != null) {
            long id = branches.idOf(branch)
                    .orElseThrow(() -> ApiException.notFound("branch", "branch", branch));
            where.append(" and branchId = :branch");
            params.and("branch", id);
        }
        if (channel != null) {
            where.append(" and channel = :channel");
            params.and("channel", channel);
        }
        if (issuedBy != null) {
            where.append(" and issuedBy = :issuedBy");
            params.and("issuedBy", issuedBy);
        }
        if (status != null) {
            switch (status) {
                case EXPIRED -> where.append(" and status = 'ISSUED' and expiresAt <= :now");
                case ISSUED -> where.append(" and status = 'ISSUED' and expiresAt > :now");
                default -> where.append(" and status = '").append(status.name()).append("'");
            }
            if (status == QuoteStatus.EXPIRED || status == QuoteStatus.ISSUED) {
                params.and("now", now);
            }
        }
        if (issued.from() != null) {
            where.append(" and issuedAt >= :from");
            params.and("from", issued.from());
        }
        if (issued.to() != null) {
            where.append(" and issuedAt < :to");
            params.and("to", issued.to());
        }
        return paging.read(QuoteEntity.<QuoteEntity>find(where + " order by issuedAt desc, id desc", params),
                q -> view(q, now));
    }

    /** ISSUED → VOIDED or REDEEMED; anything else is a 409 (an expired quote cannot be redeemed, but can be voided). */
    @Transactional
    public Quote transition(QuoteCode code, QuoteStatus target, String caller) {
        QuoteEntity quote = QuoteEntity.<QuoteEntity>find("code", code.toString())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("quote", code.toString()));
        Instant now = clock.instant();
        QuoteStatus current = QuoteStatus.of(quote, now);
        boolean allowed = current == QuoteStatus.ISSUED || (current == QuoteStatus.EXPIRED && target == QuoteStatus.VOIDED);
        if (!allowed) {
            throw ApiException.conflict(Text.of("problem.quote-status-change", code, current, target), "status");
        }
        quote.status = target.name();
        quote.statusAt = now;
        quote.statusBy = caller;
        quote.flush();
        return view(quote, now);
    }

    public Quote view(QuoteEntity q, Instant now) {
        return new Quote(q.code, QuoteStatus.of(q, now), q.issuedAt, q.issuedBy, q.expiresAt,
                branches.codeOf(q.branchId), q.pricedAt, q.channel, q.catalogVersion,
                recordedLines(q).stream().map(Pricing::json).toList(),
                new MoneyJson(Amounts.display(q.total), q.currency), q.customerRef, q.statusAt, q.statusBy);
    }

    /** The quote's items, as a request would give them. */
    public List<ItemJson> items(QuoteEntity q) {
        return storedItems(q).stream().map(i -> new ItemJson(i.service(), i.quantity())).toList();
    }

    /** The lines the quote recorded when it was issued. */
    public List<PriceAnswer.Line> recordedLines(QuoteEntity q) {
        requireKnownVersion(q);
        return read(q.lines, new TypeReference<List<StoredQuote.Line>>() { }).stream()
                .map(StoredQuote.Line::toLine).toList();
    }

    private List<StoredQuote.Item> storedItems(QuoteEntity q) {
        requireKnownVersion(q);
        return read(q.items, new TypeReference<List<StoredQuote.Item>>() { });
    }

    private static void requireKnownVersion(QuoteEntity q) {
        if (q.recordVersion != StoredQuote.VERSION) {
            throw new IllegalStateException("quote " + q.code + " holds record version " + q.recordVersion
                    + ", which this service cannot read");
        }
    }

    private String hash(QuoteRequest request) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("branch", request.branch());
        canonical.put("at", request.at());
        canonical.put("channel", request.channel());
        canonical.put("items", request.items());
        canonical.put("customerRef", request.customerRef());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(canonical).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a quote", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a recorded quote", e);
        }
    }
}
