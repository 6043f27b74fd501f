package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;

import java.util.Objects;

/**
 * What a reason accounts for: the quoted total, or the amount of one line of the request (its index), and how far
 * that amount is from the authoritative one (explained − authoritative).
 */
public record Explained(Money amount, Money difference, Integer line) {

    public Explained {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(difference, "difference");
    }

    public static Explained total(Money amount, Money difference) {
        return new Explained(amount, difference, null);
    }

    public static Explained line(int line, Money amount, Money difference) {
        return new Explained(amount, difference, line);
    }

    /** True when the amount is the request's total rather than one line's. */
    public boolean isTotal() {
        return line == null;
    }
}
