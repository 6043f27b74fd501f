package com.oneprice.pricing.engine;

import java.util.Objects;

public record Component(ServiceCode service, int quantity) {
    public Component {
        Objects.requireNonNull(service, "service");
        if (quantity <= 0) {
            throw new IllegalArgumentException("a component's quantity must be positive");
        }
    }
}
