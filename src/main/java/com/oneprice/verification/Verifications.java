package com.oneprice.verification;

import com.oneprice.catalog.branches.BranchEntity;
import com.oneprice.platform.Amounts;
import com.oneprice.platform.ApiException;
import com.oneprice.platform.PricingConfig;
import com.oneprice.pricing.PriceAnswerJson;
import com.oneprice.pricing.Pricing;
import com.oneprice.pricing.engine.BranchCode;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.pricing.engine.Promotion;
import com.oneprice.pricing.engine.PromotionCode;
import com.oneprice.pricing.engine.Reason;
import com.oneprice.pricing.engine.ReasonCode;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.pricing.engine.TimeWindow;
import com.oneprice.pricing.engine.Verdict;
import com.oneprice.quotes.QuoteBook;
import com.oneprice.quotes.QuoteCode;
import com.oneprice.quotes.QuoteCodes;
import com.oneprice.quotes.QuoteEntity;
import com.oneprice.quotes.QuoteStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.MDC;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verification of a quoted amount or a recorded quote: price now, compare, explain, apply the honour policy, and
 * log it for the discrepancy reports.
 */
@ApplicationScoped
public class Verifications {

    @Inject
    Pricing pricing;
    @Inject
    QuoteBook book;
    @Inject
    PricingConfig config;
    @Inject
    VerificationLog log;
    @Inject
    Clock clock;

    public PriceAnswerJson verify(VerifyRequest body, String caller) {
        if (body.quoteCode() != null && !body.quoteCode().isBlank()) {
            return verifyQuote(body, caller);
        }
        CatalogSnapshot snapshot = pricing.snapshot();
        PriceRequest request = pricing.request(body.branch(), body.at(), body.channel(), body.items());
        PriceAnswer answer = pricing.price(snapshot, request);
        if (body.quotedTotal() == null) {
            return Pricing.json(answer, null);
        }
        Money quoted = new Money(body.quotedTotal().amount(), Currency.getInstance(body.quotedTotal().currency()));
        requireCurrency("quotedTotal.currency", quoted, answer);
        Verdict verdict = pricing.verify(snapshot, request, answer, quoted);
        // A bare amount is not evidence of a promise: the customer pays the current price, honouring costs nothing.
        Money zero = answer.total().minus(answer.total());
        record(request, answer, verdict, verdict.reasons(), answer.total(), zero, caller, null);
        return Pricing.json(answer, Pricing.json(verdict, answer.total(), zero, null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    PriceAnswerJson verifyQuote(VerifyRequest body, String caller) {
        if (body.items() != null && !body.items().isEmpty()) {
            throw ApiException.invalidField("items", "with quoteCode the items are the quote's; leave items out");
        }
        if (body.quotedTotal() != null) {
            throw ApiException.invalidField("quotedTotal", "give quotedTotal or quoteCode, not both");
        }
        QuoteCode code = QuoteCodes.parse("quoteCode", body.quoteCode());
        QuoteEntity quote = book.find(code).orElseThrow(() -> ApiException.notFound("quote", code.toString()));
        String quoteBranch = BranchEntity.<BranchEntity>findById(quote.branchId).code;
        String branch = body.branch() == null || body.branch().isBlank() ? quoteBranch : body.branch();
        String channel = body.channel() == null || body.channel().isBlank() ? quote.channel : body.channel();
        CatalogSnapshot snapshot = pricing.snapshot();
        PriceRequest request = pricing.request(branch, body.at(), channel, book.items(quote));
        PriceAnswer answer = pricing.price(snapshot, request);
        Money quoted = new Money(Amounts.display(quote.total), Currency.getInstance(quote.currency));
        requireCurrency("quoteCode", quoted, answer);
        Verdict verdict = pricing.verify(snapshot, request, answer, quoted);

        Instant now = clock.instant();
        QuoteStatus status = QuoteStatus.of(quote, now);
        List<Reason> reasons = new ArrayList<>();
        if (status == QuoteStatus.EXPIRED) {
            reasons.add(new Reason(ReasonCode.QUOTE_EXPIRED, "quote " + code + " expired at " + quote.expiresAt,
                    null, null, quote.expiresAt, List.of()));
        }
        if (verdict.status() == Verdict.Status.MISMATCH) {
            if (!branch.equals(quoteBranch)) {
                reasons.add(new Reason(ReasonCode.BRANCH_PRICE_DIFFERS, "quote " + code + " was issued for branch "
                        + quoteBranch + ", and is presented at " + branch, new BranchCode(quoteBranch), null, null,
                        List.of()));
            }
            List<Reason> found = verdict.reasons().stream()
                    .filter(r -> r.code() != ReasonCode.UNEXPLAINED)
                    .filter(r -> !(r.code() == ReasonCode.BRANCH_PRICE_DIFFERS && r.branch() != null
                            && r.branch().value().equals(quoteBranch) && !branch.equals(quoteBranch)))
                    .toList();
            reasons.addAll(found.isEmpty() ? promotionsNoLongerApplied(snapshot, quote, answer, request) : found);
            if (reasons.isEmpty()) {
                reasons.addAll(verdict.reasons());
            }
        }
        // A quote is a promise for its own branch: elsewhere, or once expired, voided or redeemed, the list price holds.
        boolean honoured = config.quotes().honourPolicy() == PricingConfig.HonourPolicy.HONOUR_VALID_QUOTES
                && status == QuoteStatus.ISSUED && branch.equals(quoteBranch);
        Money current = answer.total();
        Money payable = honoured && quoted.isLessThan(current) ? quoted : current;
        Money honourCost = current.minus(payable);
        Verdict full = new Verdict(verdict.status(), quoted, verdict.difference(), reasons);
        record(request, answer, full, reasons, payable, honourCost, caller, quote);
        return Pricing.json(answer, Pricing.json(full, payable, honourCost, code.toString()));
    }

    /**
     * When re-pricing finds no moment that gives the quoted amount (e.g. the promotion was archived), the quote's own
     * lines still say which promotions it relied on.
     */
    private List<Reason> promotionsNoLongerApplied(CatalogSnapshot snapshot, QuoteEntity quote, PriceAnswer answer,
                                                   PriceRequest request) {
        List<Reason> reasons = new ArrayList<>();
        List<PriceAnswerJson.LineJson> quotedLines = book.view(quote, clock.instant()).lines();
        for (int i = 0; i < quotedLines.size() && i < answer.lines().size(); i++) {
            Set<String> now = answer.lines().get(i).promotions().stream().map(p -> p.code().value())
                    .collect(Collectors.toSet());
            for (PriceAnswerJson.AppliedPromotionJson applied : quotedLines.get(i).promotions()) {
                if (now.contains(applied.code())) {
                    continue;
                }
                PromotionCode code = new PromotionCode(applied.code());
                Promotion promotion = snapshot.promotions().stream().filter(p -> p.code().equals(code)).findFirst()
                        .orElse(null);
                ServiceCode service = answer.lines().get(i).service();
                if (promotion == null) {
                    reasons.add(new Reason(ReasonCode.PROMOTION_EXPIRED, "the quote relied on promotion " + code
                            + ", which has been withdrawn", null, code, null, List.of(service)));
                    continue;
                }
                TimeWindow window = promotion.window().in(snapshot.branch(request.branch()).orElseThrow().zone())
                        .orElse(null);
                if (window != null && window.to() != null && !window.to().isAfter(request.at())) {
                    reasons.add(new Reason(ReasonCode.PROMOTION_EXPIRED, "the quote relied on promotion " + code
                            + ", which ended at " + window.to(), null, code, window.to(), List.of(service)));
                }
            }
        }
        return reasons;
    }

    private static void requireCurrency(String field, Money quoted, PriceAnswer answer) {
        if (!quoted.currency().equals(answer.total().currency())) {
            throw ApiException.invalidField(field, "branch " + answer.branch() + " prices in "
                    + answer.total().currency().getCurrencyCode() + ", not " + quoted.currency().getCurrencyCode());
        }
    }

    /** {@code quote}: the quote presented, or null for a bare amount. */
    private void record(PriceRequest request, PriceAnswer answer, Verdict verdict, List<Reason> reasons, Money payable,
                        Money honourCost, String caller, QuoteEntity quote) {
        log.record(new VerificationLog.Entry(clock.instant(), request.branch().value(),
                request.channel() == null ? null : request.channel().value(), caller,
                quote == null ? null : quote.issuedBy, quote == null ? null : quote.code,
                request.items().stream().map(i -> i.service().value()).distinct().toList(),
                verdict.quoted().amount(), answer.total().amount(), answer.total().currency().getCurrencyCode(),
                verdict.status().name(), reasons.stream().map(r -> r.code().name()).distinct().toList(),
                payable.amount(), honourCost.amount(), answer.catalogVersion(), (String) MDC.get("requestId")));
    }
}
