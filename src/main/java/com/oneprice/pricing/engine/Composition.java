package com.oneprice.pricing.engine;

import java.util.List;
import java.util.Objects;

/** What a bundle is made of over a window; a bundle's compositions never overlap. */
public record Composition(TimeWindow window, BundlePricing pricing, List<Component> components) {
    public Composition {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(pricing, "pricing");
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a composition needs components");
        }
    }
}
