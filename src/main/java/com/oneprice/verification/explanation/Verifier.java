package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Branch;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.pricing.engine.PricingException;
import com.oneprice.pricing.engine.WhatIf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Explains why a quoted amount differs from the authoritative one, from the catalog's real history and alternatives,
 * never by guessing: {@link Search} finds the one or two causes that give exactly the quoted amount (fewest first,
 * then the nearest in time), {@link Explainer} tells each as reasons. Nothing found within the budget: UNEXPLAINED.
 */
public final class Verifier {

    private Verifier() {
    }

    /** @param answer the engine's answer to {@code request} on {@code snapshot} */
    public static Verdict verify(CatalogSnapshot snapshot, PriceRequest request, PriceAnswer answer, Money quoted,
                                 VerifyOptions options) {
        if (!quoted.currency().equals(answer.total().currency())) {
            throw new PricingException.OtherCurrency(quoted.currency(), request.branch(), answer.total().currency());
        }
        Money difference = quoted.minus(answer.total());
        if (difference.isZero()) {
            return new Verdict(Verdict.Status.MATCH, quoted, difference, List.of());
        }
        Branch here = snapshot.branch(request.branch()).orElseThrow();
        Situation situation = Situation.of(snapshot, request, here, quoted, options);
        List<WhatIf> whatIfs = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            whatIfs.add(WhatIf.line(snapshot, request, i));
        }
        Priced now = new Priced(whatIfs, answer.lines());
        List<Explanation> found = new Search(situation, now, Search.rules()).run();
        found.sort(Explanation.plausibility(request.at()));
        Set<Reason> reasons = new LinkedHashSet<>();
        for (Explanation explanation : found) {
            reasons.addAll(Explainer.reasons(situation, now, explanation));
        }
        if (reasons.isEmpty()) {
            reasons.add(new Reason.Unexplained(Explained.total(quoted, difference), answer.total(), here.code(),
                    options.lookback()));
        }
        return new Verdict(Verdict.Status.MISMATCH, quoted, difference, List.copyOf(reasons));
    }
}
