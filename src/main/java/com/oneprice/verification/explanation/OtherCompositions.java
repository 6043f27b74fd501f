package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Composition;
import com.oneprice.pricing.engine.WhatIf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundle priced with another of its compositions, at today's prices: one that ended within the lookback, or one
 * that starts within as long ahead.
 */
final class OtherCompositions implements Rule {

    @Override
    public List<Variant> variants(Situation situation, Priced priced, int line) {
        WhatIf base = priced.whatIf(line);
        Instant at = base.at();
        Instant earliest = at.minus(situation.options().lookback());
        Instant latest = at.plus(situation.options().lookback());
        List<Variant> variants = new ArrayList<>();
        for (Composition composition : base.service().compositions()) {
            if (composition.window().contains(at)) {
                continue;
            }
            Instant to = composition.window().to();
            boolean earlier = to != null && !to.isAfter(at);
            Instant instant = earlier ? to : composition.window().from();
            if (!instant.isBefore(earliest) && !instant.isAfter(latest)) {
                variants.add(new Variant(new Cause.OtherComposition(composition, instant),
                        base.withComposition(composition)));
            }
        }
        return variants;
    }
}
