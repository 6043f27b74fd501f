package com.oneprice.pricing.engine;

import java.util.Objects;

/** A price for a service at one branch, or network-wide when {@code branch} is null. */
public record PriceEntry(ServiceCode service, BranchCode branch, Money amount, TimeWindow window) {
    public PriceEntry {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(window, "window");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a price cannot be negative");
        }
    }
}
