package com.oneprice.pricing.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

/**
 * Half-up to a currency's increment: its minor unit by default, or a configured step such as whole roubles. Amounts
 * are shown with the currency's usual number of decimals ("4500.00 RUB") whatever the step.
 */
public final class Rounding {

    private final Map<Currency, BigDecimal> increments;
    /** The step of the currency rounded last. */
    private volatile Step last;

    Rounding(Map<Currency, BigDecimal> increments) {
        this.increments = Map.copyOf(increments);
        increments.forEach((currency, increment) -> {
            if (increment.signum() <= 0) {
                throw new IllegalArgumentException("the rounding increment of " + currency + " must be positive");
            }
        });
    }

    public BigDecimal increment(Currency currency) {
        BigDecimal configured = increments.get(currency);
        return configured != null ? configured : BigDecimal.ONE.movePointLeft(Math.max(0, currency.getDefaultFractionDigits()));
    }

    public Money round(BigDecimal amount, Currency currency) {
        Step step = step(currency);
        if (step.minorUnit()) {
            // the currency's minor unit, the usual case: the same half-up step without a division
            return new Money(amount.setScale(step.scale(), RoundingMode.HALF_UP), currency);
        }
        BigDecimal steps = amount.divide(step.increment(), 0, RoundingMode.HALF_UP);
        return new Money(steps.multiply(step.increment()).setScale(step.scale(), RoundingMode.UNNECESSARY), currency);
    }

    /** A currency's increment and the scale amounts are shown with; nearly every request uses one currency. */
    private record Step(Currency currency, BigDecimal increment, int scale, boolean minorUnit) {
    }

    private Step step(Currency currency) {
        Step step = last;
        if (step == null || !step.currency().equals(currency)) {
            BigDecimal increment = increment(currency);
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            step = new Step(currency, increment, Math.max(digits, Math.max(0, increment.stripTrailingZeros().scale())),
                    increment.scale() == digits && increment.unscaledValue().equals(BigInteger.ONE));
            last = step;
        }
        return step;
    }

    public Money round(Money money) {
        Step step = step(money.currency());
        if (step.minorUnit() && money.amount().scale() == step.scale()) {
            return money; // already a whole number of minor units, as stored prices are
        }
        return round(money.amount(), money.currency());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rounding other && increments.equals(other.increments);
    }

    @Override
    public int hashCode() {
        return increments.hashCode();
    }

    public boolean isRounded(Money money) {
        return money.amount().remainder(increment(money.currency())).signum() == 0;
    }
}
