package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.BundleMode;
import com.oneprice.pricing.engine.Component;
import com.oneprice.pricing.engine.Composition;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.pricing.engine.WhatIf;

import java.util.ArrayList;
import java.util.List;

/**
 * A bundle priced without some of its components: as the plain sum of the others, and for SUM_MINUS_PERCENT also
 * under its own discount. Bundles of more than ten components are not taken apart (a thousand subsets).
 */
final class PartialBundles implements Rule {

    private static final int MAX_COMPONENTS = 10;

    @Override
    public List<Variant> variants(Situation situation, Priced priced, int line) {
        WhatIf base = priced.whatIf(line);
        Composition composition = base.service().compositionAt(base.at()).orElse(null);
        if (composition == null || composition.components().size() > MAX_COMPONENTS) {
            return List.of();
        }
        List<Component> all = composition.components();
        int n = all.size();
        List<Variant> variants = new ArrayList<>();
        for (int mask = 1; mask < (1 << n) - 1; mask++) {
            List<Component> kept = new ArrayList<>();
            List<ServiceCode> missing = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                if ((mask & (1 << c)) != 0) {
                    kept.add(all.get(c));
                } else {
                    missing.add(all.get(c).service());
                }
            }
            variants.add(new Variant(new Cause.WithoutComponents(base.service().code(), missing, true),
                    base.withComponents(composition, kept, true)));
            if (composition.pricing().mode() == BundleMode.SUM_MINUS_PERCENT) {
                variants.add(new Variant(new Cause.WithoutComponents(base.service().code(), missing, false),
                        base.withComponents(composition, kept, false)));
            }
        }
        return variants;
    }

    /** Fewer components cost no more than all of them, with or without the bundle's own price or discount. */
    @Override
    public boolean mayGive(PriceAnswer.Line line, Money target) {
        Money all = line.listPrice();
        for (PriceAnswer.ComponentLine component : line.components()) {
            all = all.plus(component.total());
        }
        return target.amount().signum() >= 0 && target.compareTo(all.times(line.quantity())) <= 0;
    }
}
