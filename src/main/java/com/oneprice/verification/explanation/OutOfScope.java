package com.oneprice.verification.explanation;

import java.util.List;
import java.util.Set;

/**
 * A running promotion applied to a line that a part of its scope leaves out; the rules differ only in the parts they
 * look at ({@link PromotionScopes}: branches and services; {@link OtherChannels}: channels).
 */
abstract class OutOfScope implements Rule {

    private final ScopeExclusions exclusions;
    private final Set<Reason.Exclusion.Part> parts;

    OutOfScope(ScopeExclusions exclusions, Set<Reason.Exclusion.Part> parts) {
        this.exclusions = exclusions;
        this.parts = parts;
    }

    @Override
    public List<Variant> variants(Situation situation, Priced priced, int line) {
        return exclusions.variants(situation, priced.whatIf(line), parts);
    }

    @Override
    public boolean onlyLowers() {
        return true;
    }
}
