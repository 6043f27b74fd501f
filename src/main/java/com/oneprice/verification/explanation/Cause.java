package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Branch;
import com.oneprice.pricing.engine.Composition;
import com.oneprice.pricing.engine.Promotion;
import com.oneprice.pricing.engine.ServiceCode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One assumption a rule makes about how the quoted amount came about: the whole quote read at another branch or
 * moment, or one line priced with a promotion, composition, part of a bundle or quantity other than today's. An
 * explanation holds one or two of them; fewer is more plausible, and so is one nearer in time.
 */
sealed interface Cause {

    /** True for a context every line was priced in (a branch, a moment), false for something about one line. */
    default boolean wholeRequest() {
        return false;
    }

    /** How far from the moment asked about this assumption reaches; zero when time plays no part. */
    default Duration distance(Instant at) {
        return Duration.ZERO;
    }

    static Duration between(Instant a, Instant b) {
        return Duration.between(a, b).abs();
    }

    /** Equal by the branch's code: a search keys many alternatives by their cause. */
    record OtherBranch(Branch branch) implements Cause {
        public boolean wholeRequest() {
            return true;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OtherBranch o && o.branch.code().equals(branch.code());
        }

        @Override
        public int hashCode() {
            return branch.code().hashCode();
        }
    }

    record OtherMoment(Instant moment) implements Cause {
        public boolean wholeRequest() {
            return true;
        }

        public Duration distance(Instant at) {
            return between(moment, at);
        }
    }

    /** A promotion running here and now, left out of the line. */
    record WithoutPromotion(Promotion promotion, Instant from, Instant until) implements Cause {
    }

    /**
     * A promotion applied although it does not apply: out of its window ({@code exclusion} null, {@code instant} the
     * end it passed or the start it has not reached) or left out by one part of its scope.
     */
    record WithPromotion(Promotion promotion, Instant instant, Reason.Exclusion exclusion) implements Cause {
        public Duration distance(Instant at) {
            return instant == null ? Duration.ZERO : between(instant, at);
        }
    }

    /** The bundle priced with another of its compositions, which ends or starts at {@code instant}. */
    record OtherComposition(Composition composition, Instant instant) implements Cause {
        public Duration distance(Instant at) {
            return between(instant, at);
        }
    }

    /** The bundle priced without some components, under its own mode or as the plain sum of the others. */
    record WithoutComponents(ServiceCode bundle, List<ServiceCode> missing, boolean plainSum) implements Cause {
    }

    record OtherQuantity(ServiceCode service, int quantity) implements Cause {
    }
}
