package com.oneprice.pricing.engine;

public record PromotionCode(String value) implements Comparable<PromotionCode> {
    public PromotionCode {
        Codes.slug(MalformedCode.Kind.PROMOTION, value);
    }

    @Override
    public int compareTo(PromotionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
