package com.oneprice.verification.explanation;

import java.util.EnumSet;

/** A running promotion applied to a line its scope leaves out: meant for other branches, or for other services. */
final class PromotionScopes extends OutOfScope {

    PromotionScopes(ScopeExclusions exclusions) {
        super(exclusions, EnumSet.of(Reason.Exclusion.Part.BRANCH, Reason.Exclusion.Part.SERVICE));
    }
}
