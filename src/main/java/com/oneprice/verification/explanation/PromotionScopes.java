package com.oneprice.verification.explanation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A running promotion applied to a line its scope leaves out: meant for other branches, or for other services. */
final class PromotionScopes implements Rule {

    private static final Set<Reason.Exclusion.Part> PARTS = EnumSet.of(Reason.Exclusion.Part.BRANCH,
            Reason.Exclusion.Part.SERVICE);
    private final ScopeExclusions exclusions;

    PromotionScopes(ScopeExclusions exclusions) {
        this.exclusions = exclusions;
    }

    @Override
    public List<Variant> variants(Situation situation, Priced priced, int line) {
        return exclusions.variants(situation, priced.whatIf(line), PARTS);
    }

    @Override
    public boolean onlyLowers() {
        return true;
    }
}
