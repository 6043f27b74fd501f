package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;

import java.util.List;

/** MATCH or MISMATCH; {@code difference} is quoted − authoritative; a mismatch always has at least one reason. */
public record Verdict(Status status, Money quoted, Money difference, List<Reason> reasons) {

    public enum Status { MATCH, MISMATCH }

    public Verdict {
        reasons = List.copyOf(reasons);
    }
}
