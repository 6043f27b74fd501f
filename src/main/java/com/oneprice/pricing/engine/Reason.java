package com.oneprice.pricing.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One explanation, with the parameters that apply to its code (the others are null) and a human sentence. */
public record Reason(ReasonCode code, String message, BranchCode branch, PromotionCode promotion, Instant instant,
                     List<ServiceCode> services) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        services = services == null ? List.of() : List.copyOf(services);
    }
}
