package com.oneprice.pricing.engine;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** PERCENT off, an AMOUNT_OFF, or a FIXED_PRICE; the last two are money and apply only in their currency. */
public record Discount(DiscountType type, BigDecimal value, Currency currency) {
    public Discount {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a discount cannot be negative");
        }
        if (type == DiscountType.PERCENT) {
            if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("a percentage is at most 100");
            }
        } else if (currency == null) {
            throw new IllegalArgumentException(type + " needs a currency");
        }
    }

    public static Discount percent(String value) {
        return new Discount(DiscountType.PERCENT, new BigDecimal(value), null);
    }

    public static Discount amountOff(Money money) {
        return new Discount(DiscountType.AMOUNT_OFF, money.amount(), money.currency());
    }

    public static Discount fixedPrice(Money money) {
        return new Discount(DiscountType.FIXED_PRICE, money.amount(), money.currency());
    }
}
