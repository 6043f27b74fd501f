package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.WhatIf;

import java.util.ArrayList;
import java.util.List;

/**
 * A line quoted for another quantity: up to ten fewer units, or one more. (A line left out altogether is not
 * offered: the rest of a request of several lines matches too many amounts by chance.)
 */
final class OtherQuantities implements Rule {

    private static final int FEWER = 10;

    @Override
    public List<Variant> variants(Situation situation, Priced priced, int line) {
        WhatIf base = priced.whatIf(line);
        int asked = base.quantity();
        List<Variant> variants = new ArrayList<>();
        for (int quantity = asked - 1; quantity >= Math.max(1, asked - FEWER); quantity--) {
            variants.add(variant(base, quantity));
        }
        variants.add(variant(base, asked + 1));
        return variants;
    }

    private static Variant variant(WhatIf base, int quantity) {
        return new Variant(new Cause.OtherQuantity(base.service().code(), quantity), base.forQuantity(quantity));
    }

    /** Units are priced alike, so a quantity gives exactly its multiple of the unit price. */
    @Override
    public boolean couldGive(Variant variant, PriceAnswer.Line line, Money target) {
        int quantity = ((Cause.OtherQuantity) variant.cause()).quantity();
        return line.unitPrice().times(quantity).equals(target);
    }
}
