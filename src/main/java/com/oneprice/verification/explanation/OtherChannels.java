package com.oneprice.verification.explanation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The price another channel is offered: a running promotion for other channels applied to this one. */
final class OtherChannels implements Rule {

    private static final Set<Reason.Exclusion.Part> PARTS = EnumSet.of(Reason.Exclusion.Part.CHANNEL);
    private final ScopeExclusions exclusions;

    OtherChannels(ScopeExclusions exclusions) {
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
