package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Promotion;
import com.oneprice.pricing.engine.TimeWindow;
import com.oneprice.pricing.engine.WhatIf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A promotion for this line, branch and channel applied outside its window: one that ended within the lookback, or
 * one that starts within as long ahead, applied to today's price.
 */
final class PromotionWindows implements Rule {

    @Override
    public List<Variant> variants(Situation situation, Priced priced, int line) {
        WhatIf base = priced.whatIf(line);
        Instant at = base.at();
        Instant earliest = at.minus(situation.options().lookback());
        Instant latest = at.plus(situation.options().lookback());
        List<Variant> variants = new ArrayList<>();
        for (Promotion promotion : base.promotions()) {
            if (!ScopeExclusions.covers(promotion, base) || !promotion.appliesToCurrency(base.branch().currency())) {
                continue;
            }
            Optional<TimeWindow> window = promotion.window().in(base.branch().zone());
            if (window.isEmpty() || window.get().contains(at)) {
                continue;
            }
            TimeWindow w = window.get();
            Instant passed = w.to() != null && !w.to().isAfter(at) ? w.to() : w.from();
            if (!passed.isBefore(earliest) && !passed.isAfter(latest)) {
                variants.add(new Variant(new Cause.WithPromotion(promotion, passed, null),
                        base.withPromotion(promotion)));
            }
        }
        return variants;
    }

    @Override
    public boolean onlyLowers() {
        return true;
    }
}
