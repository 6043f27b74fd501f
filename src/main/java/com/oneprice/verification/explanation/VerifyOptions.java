package com.oneprice.verification.explanation;

import java.time.Duration;

/**
 * Bounds of the search for explanations: how far back the catalog's history is read, and how many alternative
 * pricings are tried at most, so verify stays fast however large the catalog.
 */
public record VerifyOptions(Duration lookback, int maxCandidates) {
    public VerifyOptions {
        if (lookback.isNegative()) {
            throw new IllegalArgumentException("lookback cannot be negative");
        }
        if (maxCandidates < 1) {
            throw new IllegalArgumentException("maxCandidates must be positive");
        }
    }

    public static VerifyOptions defaults() {
        return new VerifyOptions(Duration.ofDays(180), 200);
    }
}
