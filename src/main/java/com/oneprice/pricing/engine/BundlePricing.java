package com.oneprice.pricing.engine;

import java.math.BigDecimal;
import java.util.Objects;

public record BundlePricing(BundleMode mode, BigDecimal percent) {
    public BundlePricing {
        Objects.requireNonNull(mode, "mode");
        if (mode == BundleMode.SUM_MINUS_PERCENT) {
            if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("SUM_MINUS_PERCENT needs a percent between 0 and 100");
            }
        } else if (percent != null) {
            throw new IllegalArgumentException(mode + " takes no percent");
        }
    }
}
