package com.oneprice.quotes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oneprice.catalog.branches.BranchEntity;
import com.oneprice.platform.ApiException;
import com.oneprice.platform.Amounts;
import com.oneprice.platform.MoneyJson;
import com.oneprice.platform.Page;
import com.oneprice.platform.PageRequest;
import com.oneprice.platform.PricingConfig;
import com.oneprice.platform.Problem;
import com.oneprice.pricing.PriceAnswerJson;
import com.oneprice.pricing.Pricing;
import com.oneprice.pricing.VerifyRequest;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Issues quotes (idempotently), reads them, and moves them through ISSUED → VOIDED | REDEEMED. */
@ApplicationScoped
@Transactional
public class QuoteBook {

    private static final int CODE_ATTEMPTS = 5;

    @Inject
    EntityManager em;
    @Inject
    Pricing pricing;
    @Inject
    ObjectMapper json;
    @Inject
    PricingConfig config;

    public record Issued(Quote quote, boolean replayed) {
    }

    /**
     * Prices and records a quote. With an idempotency key, the key is claimed first: a concurrent request with the
     * same key waits on the key's row until this transaction ends, then replays this quote (or is refused with
     * 422 when its body differs), so one key never makes two quotes.
     */
    public Issued issue(QuoteRequest request, String caller, String idempotencyKey) {
        String hash = hash(request);
        if (idempotencyKey != null) {
            if (idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
                throw ApiException.invalidField("Idempotency-Key", "must be 1 to 255 characters");
            }
            boolean claimed = !em.createNativeQuery("insert into idempotency_key (caller, key, request_hash) "
                            + "values (?1, ?2, ?3) on conflict do nothing returning key")
                    .setParameter(1, caller).setParameter(2, idempotencyKey).setParameter(3, hash)
                    .getResultList().isEmpty();
            if (!claimed) {
                return new Issued(replay(caller, idempotencyKey, hash), true);
            }
        }
        CatalogSnapshot snapshot = pricing.snapshot();
        PriceRequest priceRequest = pricing.request(request.branch(), request.at(), request.channel(), request.items());
        PriceAnswer answer = pricing.price(snapshot, priceRequest);
        List<PriceAnswerJson.LineJson> lines = Pricing.json(answer, null).lines();
        // PostgreSQL keeps microseconds: the answer shows exactly what a later read will.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(config.quotes().validity());
        String lineJson = write(lines);
        String itemJson = write(request.items());
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            QuoteCode code = QuoteCode.generate();
            // One round trip: the quote, its branch id, and the idempotency key pointing at it.
            List<?> inserted = em.createNativeQuery("with q as (insert into quote (code, issued_at, issued_by, "
                            + "channel, branch_id, priced_at, items, lines, total, currency, catalog_version, "
                            + "expires_at, customer_ref) values (?1, ?2, ?3, ?4, (select id from branch where code = ?5), "
                            + "?6, cast(?7 as jsonb), cast(?8 as jsonb), ?9, ?10, ?11, ?12, ?13) "
                            + "on conflict (code) do nothing returning id), "
                            + "k as (update idempotency_key set quote_id = q.id from q where caller = ?3 and key = ?14) "
                            + "select id from q")
                    .setParameter(1, code.toString()).setParameter(2, now).setParameter(3, caller)
                    .setParameter(4, request.channel()).setParameter(5, answer.branch().value())
                    .setParameter(6, priceRequest.at()).setParameter(7, itemJson).setParameter(8, lineJson)
                    .setParameter(9, answer.total().amount()).setParameter(10, answer.total().currency().getCurrencyCode())
                    .setParameter(11, answer.catalogVersion()).setParameter(12, expires)
                    .setParameter(13, request.customerRef()).setParameter(14, idempotencyKey == null ? "" : idempotencyKey)
                    .getResultList();
            if (!inserted.isEmpty()) {
                return new Issued(new Quote(code.toString(), QuoteStatus.ISSUED, now, caller, expires,
                        answer.branch().value(), priceRequest.at(), request.channel(), answer.catalogVersion(), lines,
                        new MoneyJson(Amounts.display(answer.total().amount()), answer.total().currency().getCurrencyCode()),
                        request.customerRef(), null, null), false);
            }
        }
        throw new IllegalStateException("no free quote code after " + CODE_ATTEMPTS + " attempts");
    }

    private Quote replay(String caller, String key, String hash) {
        Object[] row = (Object[]) em.createNativeQuery("select request_hash, quote_id from idempotency_key "
                        + "where caller = ?1 and key = ?2")
                .setParameter(1, caller).setParameter(2, key).getSingleResult();
        if (!hash.equals(row[0])) {
            throw new ApiException(422, "idempotency-key-reused", "The Idempotency-Key was used for another request",
                    "Idempotency-Key '" + key + "' was first used with a different body; use a new key for a new "
                            + "request", List.of(new Problem.FieldError("Idempotency-Key",
                    "already used with a different body")));
        }
        if (row[1] == null) {
            throw ApiException.conflict("the first request with Idempotency-Key '" + key + "' did not create a quote; "
                    + "use a new key");
        }
        return view(QuoteEntity.findById(((Number) row[1]).longValue()), Instant.now());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<QuoteEntity> find(QuoteCode code) {
        return QuoteEntity.byCode(code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Quote> list(PageRequest paging, String branch, String channel, String issuedBy, QuoteStatus status,
                            Instant from, Instant to) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        Instant now = Instant.now();
        if (branch != null) {
            BranchEntity b = BranchEntity.byCode(branch).orElseThrow(() -> ApiException.notFound("branch", branch));
            where.append(" and branchId = :branch");
            params.and("branch", b.id);
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
        if (from != null) {
            where.append(" and issuedAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and issuedAt < :to");
            params.and("to", to);
        }
        var query = QuoteEntity.find(where + " order by issuedAt desc, id desc", params);
        List<QuoteEntity> rows = query.page(paging.page(), paging.size()).list();
        return Page.of(rows.stream().map(q -> view(q, now)).toList(), paging, query.count());
    }

    /** ISSUED → VOIDED or REDEEMED; anything else is a 409 (an expired quote cannot be redeemed, but can be voided). */
    public Quote transition(QuoteCode code, QuoteStatus target, String caller) {
        QuoteEntity quote = QuoteEntity.<QuoteEntity>find("code", code.toString())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("quote", code.toString()));
        Instant now = Instant.now();
        QuoteStatus current = QuoteStatus.of(quote, now);
        boolean allowed = current == QuoteStatus.ISSUED || (current == QuoteStatus.EXPIRED && target == QuoteStatus.VOIDED);
        if (!allowed) {
            throw ApiException.conflict("quote " + code + " is " + current + "; it cannot become " + target, "status");
        }
        quote.status = target.name();
        quote.statusAt = now;
        quote.statusBy = caller;
        quote.flush();
        return view(quote, now);
    }

    public Quote view(QuoteEntity q, Instant now) {
        return new Quote(q.code, QuoteStatus.of(q, now), q.issuedAt, q.issuedBy, q.expiresAt,
                BranchEntity.<BranchEntity>findById(q.branchId).code, q.pricedAt, q.channel, q.catalogVersion,
                read(q.lines, new TypeReference<List<PriceAnswerJson.LineJson>>() { }),
                new MoneyJson(Amounts.display(q.total), q.currency), q.customerRef, q.statusAt, q.statusBy);
    }

    public List<VerifyRequest.Item> items(QuoteEntity q) {
        return read(q.items, new TypeReference<List<VerifyRequest.Item>>() { });
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
