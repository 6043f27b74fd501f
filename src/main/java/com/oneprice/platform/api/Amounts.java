package com.oneprice.platform.api;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.words.Text;

import java.math.BigDecimal;
import java.util.Currency;

public final class Amounts {

    /** The largest amount stored anywhere: PostgreSQL keeps money as numeric(19, 4). */
    public static final BigDecimal MAX = new BigDecimal("999999999999999.9999");

    private Amounts() {
    }

    /**
     * A catalog amount is whole minor units of its currency: 1.005 RUB is refused rather than stored as written and
     * priced as 1.01. (A configured rounding increment such as whole roubles applies when pricing, not here.)
     */
    public static void requireMinorUnits(String field, BigDecimal amount, String currency) {
        int decimals = Currency.getInstance(currency).getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > decimals) {
            throw ApiException.invalidField(field,
                    Text.of("field.minor-units", currency, decimals, amount.toPlainString()));
        }
    }

    /** A stored amount as people write it: at least two decimals, no meaningless trailing zeros beyond. */
    public static BigDecimal display(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? amount.setScale(2) : stripped;
    }

    /** A percentage as people write it: {@code 10.0000} is {@code 10}, never {@code 1E+1}; {@code 12.5000} is 12.5. */
    public static BigDecimal percent(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
