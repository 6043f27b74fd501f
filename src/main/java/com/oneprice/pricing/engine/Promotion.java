package com.oneprice.pricing.engine;

import java.util.Objects;

public record Promotion(PromotionCode code, String name, PromotionWindow window, PromotionScope scope,
                        Discount discount, int priority, boolean stackable) {
    public Promotion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(discount, "discount");
    }

    /** Money discounts exist in one currency; a branch pricing in another never gets them. */
    public boolean appliesToCurrency(java.util.Currency currency) {
        return discount.currency() == null || discount.currency().equals(currency);
    }
}
