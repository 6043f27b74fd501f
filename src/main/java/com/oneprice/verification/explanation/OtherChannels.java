package com.oneprice.verification.explanation;

import java.util.EnumSet;

/** The price another channel is offered: a running promotion for other channels applied to this one. */
final class OtherChannels extends OutOfScope {

    OtherChannels(ScopeExclusions exclusions) {
        super(exclusions, EnumSet.of(Reason.Exclusion.Part.CHANNEL));
    }
}
