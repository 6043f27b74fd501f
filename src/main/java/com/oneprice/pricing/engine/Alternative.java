package com.oneprice.pricing.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * A cheaper way to the same items, found by {@link Alternatives}: at another branch at the same moment
 * ({@code OTHER_BRANCH}), or at this branch from {@code at} on ({@code LATER}, until {@code until} when that ends).
 * {@code saving} is what the customer would pay less than the answer's total. Facts only: how to say them is the
 * caller's.
 */
public record Alternative(Kind kind, BranchCode branch, Instant at, Instant until, Money total, Money saving) {

    public enum Kind { OTHER_BRANCH, LATER }

    public Alternative {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(saving, "saving");
    }
}
