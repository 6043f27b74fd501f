package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Branch;
import com.oneprice.pricing.engine.WhatIf;

import java.util.ArrayList;
import java.util.List;

/** The quote was read at another branch: every active branch pricing in the same currency, by code. */
final class OtherBranches implements Rule {

    @Override
    public boolean aboutContext() {
        return true;
    }

    @Override
    public List<Variant> variants(Situation situation, Priced priced, int line) {
        WhatIf base = priced.whatIf(line);
        List<Variant> variants = new ArrayList<>(situation.otherBranches().size());
        for (Branch other : situation.otherBranches()) {
            variants.add(new Variant(new Cause.OtherBranch(other), base.atBranch(other)));
        }
        return variants;
    }
}
