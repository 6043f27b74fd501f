package com.oneprice.verification;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.boot.PricingConfig;
import com.oneprice.pricing.PriceSentences;
import com.oneprice.pricing.Pricing;
import com.oneprice.pricing.engine.BranchCode;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.quotes.QuoteBook;
import com.oneprice.quotes.QuoteCode;
import com.oneprice.quotes.QuoteCodes;
import com.oneprice.quotes.RecordedQuote;
import com.oneprice.verification.explanation.Explained;
import com.oneprice.verification.explanation.Reason;
import com.oneprice.verification.explanation.ReasonCode;
import com.oneprice.verification.explanation.RecordedLines;
import com.oneprice.verification.explanation.Verdict;
import com.oneprice.verification.explanation.Verifier;
import com.oneprice.verification.explanation.VerifyOptions;
import com.oneprice.words.Text;
import com.oneprice.words.Language;
import com.oneprice.words.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Verification, one step after the other and each once: price the request (the engine), explain a difference (the
 * explainer: a search for a bare amount, the recorded lines for a presented quote), apply the honour policy, log it
 * for the discrepancy reports, answer.
 */
@ApplicationScoped
public class Verifications {

    @Inject
    Pricing pricing;
    @Inject
    QuoteBook quotes;
    @Inject
    PricingConfig config;
    @Inject
    VerificationLog log;
    @Inject
    Clock clock;

    public VerifyAnswer verify(VerifyRequest body, String caller, Language language) {
        if (body.quoteCode() != null && !body.quoteCode().isBlank()) {
            return verifyQuote(body, caller, language);
        }
        CatalogSnapshot snapshot = pricing.snapshot();
        PriceRequest request = pricing.request(body.branch(), body.at(), body.channel(), body.items());
        PriceAnswer answer = pricing.price(snapshot, request);
        if (body.quotedTotal() == null) {
            return VerifyAnswer.of(Pricing.json(snapshot, answer, language,
                    pricing.alternatives(snapshot, request, answer)), null);
        }
        Money quoted = new Money(body.quotedTotal().amount(), Currency.getInstance(body.quotedTotal().currency()));
        requireCurrency("quotedTotal.currency", quoted, answer);
        Verdict verdict = Verifier.verify(snapshot, request, answer, quoted, options());
        Honour honour = Honour.ofAmount(answer.total());
        log.record(VerificationLog.Entry.of(clock.instant(), request, answer, verdict, honour, caller, null, null));
        return answer(snapshot, request, answer, verdict, honour, null, language);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    VerifyAnswer verifyQuote(VerifyRequest body, String caller, Language language) {
        if (body.items() != null && !body.items().isEmpty()) {
            throw ApiException.invalidField("items", Text.of("field.items-with-quote"));
        }
        if (body.quotedTotal() != null) {
            throw ApiException.invalidField("quotedTotal", Text.of("field.quoted-total-or-code"));
        }
        QuoteCode code = QuoteCodes.parse("quoteCode", body.quoteCode());
        RecordedQuote quote = quotes.recorded(code, clock.instant())
                .orElseThrow(() -> ApiException.notFound("quote", code.toString()));
        String branch = body.branch() == null || body.branch().isBlank() ? quote.branch() : body.branch();
        String channel = body.channel() == null || body.channel().isBlank() ? quote.channel() : body.channel();
        CatalogSnapshot snapshot = pricing.snapshot();
        PriceRequest request = pricing.request(branch, body.at(), channel, quote.items());
        PriceAnswer answer = pricing.price(snapshot, request);
        requireCurrency("quoteCode", quote.total(), answer);
        boolean atItsBranch = branch.equals(quote.branch());
        Money difference = quote.total().minus(answer.total());
        List<Reason> reasons = new ArrayList<>();
        if (quote.expired()) {
            reasons.add(new Reason.QuoteExpired(quote.code(), quote.expiresAt()));
        }
        if (!difference.isZero()) {
            if (!atItsBranch) {
                reasons.add(new Reason.QuoteFromAnotherBranch(Explained.total(quote.total(), difference),
                        quote.code(), new BranchCode(quote.branch()), request.branch()));
            }
            reasons.addAll(explainQuote(snapshot, request, answer, quote, atItsBranch));
        }
        Verdict verdict = new Verdict(difference.isZero() ? Verdict.Status.MATCH : Verdict.Status.MISMATCH,
                quote.total(), difference, reasons);
        Honour honour = Honour.ofQuote(config.quotes().honourPolicy(), quote.status(), atItsBranch, quote.total(),
                answer.total());
        log.record(VerificationLog.Entry.of(clock.instant(), request, answer, verdict, honour, caller,
                quote.issuedBy(), quote.code()));
        return answer(snapshot, request, answer, verdict, honour, quote.code(), language);
    }

    /**
     * The quote's own lines against the same items priced now at its branch; when they tell nothing, the search, less
     * what the branch reason already said.
     */
    private List<Reason> explainQuote(CatalogSnapshot snapshot, PriceRequest request, PriceAnswer answer,
                                      RecordedQuote quote, boolean atItsBranch) {
        PriceRequest own = request.at(new BranchCode(quote.branch()));
        List<Reason> reasons = List.of();
        try {
            List<PriceAnswer.Line> current = atItsBranch ? answer.lines() : pricing.price(snapshot, own).lines();
            reasons = RecordedLines.explain(snapshot, own, quote.pricedAt(), quote.lines(), current);
        } catch (ApiException notPricedThereNow) {
            // its branch no longer prices these items: only the search can tell
        }
        if (!reasons.isEmpty()) {
            return reasons;
        }
        List<Reason> found = Verifier.verify(snapshot, request, answer, quote.total(), options()).reasons();
        List<Reason> useful = found.stream().filter(r -> r.code() != ReasonCode.UNEXPLAINED)
                .filter(r -> atItsBranch || !(r instanceof Reason.BranchPriceDiffers b
                        && b.branch().value().equals(quote.branch())))
                .toList();
        return useful.isEmpty() && atItsBranch ? found : useful;
    }

    private VerifyAnswer answer(CatalogSnapshot snapshot, PriceRequest request, PriceAnswer answer, Verdict verdict,
                                Honour honour, String quoteCode, Language language) {
        Words words = PriceSentences.words(snapshot, answer, language);
        return VerifyAnswer.of(Pricing.json(snapshot, answer, language,
                        pricing.alternatives(snapshot, request, answer)),
                Verdicts.json(verdict, verdict.reasons(), honour, quoteCode,
                        PriceSentences.branchName(snapshot, answer), answer.total(), words));
    }

    VerifyOptions options() {
        return new VerifyOptions(config.verification().lookback(), config.verification().maxCandidates());
    }

    private static void requireCurrency(String field, Money quoted, PriceAnswer answer) {
        if (!quoted.currency().equals(answer.total().currency())) {
            throw ApiException.invalidField(field, Pricing.otherCurrency(answer.branch(), answer.total().currency(),
                    quoted.currency()));
        }
    }
}
