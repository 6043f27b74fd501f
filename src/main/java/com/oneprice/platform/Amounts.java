package com.oneprice.platform;

import java.math.BigDecimal;

public final class Amounts {

    private Amounts() {
    }

    /** A stored amount as people write it: at least two decimals, no meaningless trailing zeros beyond. */
    public static BigDecimal display(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? amount.setScale(2) : stripped;
    }
}
