package com.oneprice.pricing.engine;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

/** A branch prices in one currency and reads local promotion windows in its own time zone. */
public record Branch(BranchCode code, String name, ZoneId zone, Currency currency, boolean active) {
    public Branch {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currency, "currency");
    }
}
