package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.Promotion;
import com.oneprice.pricing.engine.TimeWindow;
import com.oneprice.pricing.engine.WhatIf;

import java.util.ArrayList;
import java.util.List;

/**
 * A promotion that runs now was left out: the price from before it started, or the list price once it ends, quoted
 * while it runs. Each promotion applied to the line is withheld in turn.
 */
final class PromotionsLeftOut implements Rule {

    @Override
    public List<Variant> variants(Situation situation, Priced priced, int line) {
        WhatIf base = priced.whatIf(line);
        List<Variant> variants = new ArrayList<>(1);
        for (PriceAnswer.AppliedPromotion applied : priced.line(line).promotions()) {
            for (Promotion promotion : base.promotions()) {
                if (promotion.code().equals(applied.code())) {
                    // it applies at this branch, so its window exists in the branch's zone
                    TimeWindow window = promotion.window().in(base.branch().zone()).orElseThrow();
                    variants.add(new Variant(new Cause.WithoutPromotion(promotion, window.from(), window.to()),
                            base.withoutPromotion(promotion.code())));
                }
            }
        }
        return variants;
    }

    /** A partial bundle may get a promotion the whole one does not, and then be quoted without it. */
    @Override
    public boolean readsThePrice() {
        return true;
    }

    /** Without a promotion a line costs no less than with it, and no more than its list price. */
    @Override
    public boolean mayGive(PriceAnswer.Line line, Money target) {
        return target.compareTo(line.lineTotal()) >= 0
                && target.compareTo(line.listPrice().times(line.quantity())) <= 0;
    }
}
