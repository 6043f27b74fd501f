package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.BranchCode;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PromotionCode;
import com.oneprice.pricing.engine.ServiceCode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One explanation of a difference, with exactly the parameters its kind has: each kind is its own record, so a reason
 * is built by naming it ({@code new Reason.PromotionLeftOut(explained, promotion, from, until, services)}) and carries
 * no field that does not apply. Its sentence is written from these parameters by {@code verification.Wording}, never stored in
 * it. The machine fields every kind answers (code, branch, promotion, instant, services) are what clients and
 * reports read.
 */
public sealed interface Reason {

    ReasonCode code();

    /** What the reason accounts for; null for a reason about a presented quote itself. */
    Explained explained();

    default BranchCode branch() {
        return null;
    }

    default PromotionCode promotion() {
        return null;
    }

    default Instant instant() {
        return null;
    }

    default List<ServiceCode> services() {
        return List.of();
    }

    /** The amount is another branch's price; {@code services} names the line when it is one line's. */
    record BranchPriceDiffers(Explained explained, BranchCode branch, BranchCode here, List<ServiceCode> services)
            implements Reason {
        public ReasonCode code() {
            return ReasonCode.BRANCH_PRICE_DIFFERS;
        }
    }

    /** A quote issued for {@code branch} presented at {@code here}. */
    record QuoteFromAnotherBranch(Explained explained, String quote, BranchCode branch, BranchCode here)
            implements Reason {
        public ReasonCode code() {
            return ReasonCode.BRANCH_PRICE_DIFFERS;
        }
    }

    /** The amount is the price under a promotion that ended at {@code instant}, or was withdrawn (no instant). */
    record PromotionExpired(Explained explained, PromotionCode promotion, Instant instant, List<ServiceCode> services)
            implements Reason {
        public ReasonCode code() {
            return ReasonCode.PROMOTION_EXPIRED;
        }
    }

    /** The amount is the price under a promotion that starts at {@code instant}. */
    record PromotionNotStarted(Explained explained, PromotionCode promotion, Instant instant,
                               List<ServiceCode> services) implements Reason {
        public ReasonCode code() {
            return ReasonCode.PROMOTION_NOT_STARTED;
        }
    }

    /** The amount is the price without a promotion that runs from {@code instant} until {@code until} (or on). */
    record PromotionLeftOut(Explained explained, PromotionCode promotion, Instant instant, Instant until,
                            List<ServiceCode> services) implements Reason {
        public ReasonCode code() {
            return ReasonCode.PROMOTION_LEFT_OUT;
        }
    }

    /** The amount is the price with a running promotion whose scope leaves this request out, as {@code exclusion}. */
    record PromotionNotApplicable(Explained explained, PromotionCode promotion, Exclusion exclusion,
                                  List<ServiceCode> services) implements Reason {
        public ReasonCode code() {
            return ReasonCode.PROMOTION_NOT_APPLICABLE;
        }
    }

    /**
     * The amount is the price of {@code service} at list price {@code then}, before ({@code past}) or from the change
     * at {@code instant}; at {@code at}, the moment asked about, it lists at {@code now}.
     */
    record PriceChanged(Explained explained, ServiceCode service, Money then, Money now, Instant instant, boolean past,
                        Instant at) implements Reason {
        public ReasonCode code() {
            return ReasonCode.PRICE_CHANGED;
        }

        public List<ServiceCode> services() {
            return List.of(service);
        }
    }

    /** The amount is the price of bundle {@code service} with its composition before or from {@code instant}. */
    record CompositionChanged(Explained explained, ServiceCode service, Instant instant, boolean past)
            implements Reason {
        public ReasonCode code() {
            return ReasonCode.BUNDLE_COMPOSITION_CHANGED;
        }

        public List<ServiceCode> services() {
            return List.of(service);
        }
    }

    /** The amount is the price of {@code bundle} without its components {@code services}. */
    record BundlePartial(Explained explained, ServiceCode bundle, List<ServiceCode> services) implements Reason {
        public ReasonCode code() {
            return ReasonCode.BUNDLE_PARTIAL;
        }
    }

    /** The amount is the price of {@code quoted} units of {@code service} (0: the line left out), not {@code asked}. */
    record QuantityDiffers(Explained explained, ServiceCode service, int quoted, int asked) implements Reason {
        public ReasonCode code() {
            return ReasonCode.QUANTITY_DIFFERS;
        }

        public List<ServiceCode> services() {
            return List.of(service);
        }
    }

    /** A presented quote past its honour window. */
    record QuoteExpired(String quote, Instant instant) implements Reason {
        public ReasonCode code() {
            return ReasonCode.QUOTE_EXPIRED;
        }

        public Explained explained() {
            return null;
        }
    }

    /** Nothing within the search's bounds gives the amount. */
    record Unexplained(Explained explained, Money authoritative, BranchCode here, Duration lookback)
            implements Reason {
        public ReasonCode code() {
            return ReasonCode.UNEXPLAINED;
        }
    }

    /** Which part of a promotion's scope leaves a line out, what that part covers, and what the line has instead. */
    record Exclusion(Part part, List<String> covers, List<String> categories, String actual) {
        public enum Part { BRANCH, CHANNEL, SERVICE }

        public Exclusion {
            covers = List.copyOf(covers);
            categories = List.copyOf(categories);
        }
    }
}
