package com.oneprice.verification;

import com.oneprice.platform.boot.PricingConfig;
import com.oneprice.pricing.engine.Money;
import com.oneprice.quotes.QuoteStatus;

/**
 * What the customer pays and what honouring the quoted amount costs the business, under the deployment's honour
 * policy ({@code pricing.quotes.honour-policy}).
 */
record Honour(Money payable, Money cost) {

    /** A bare amount is not evidence of a promise: the customer pays the current price, honouring costs nothing. */
    static Honour ofAmount(Money current) {
        return new Honour(current, current.minus(current));
    }

    /**
     * A quote is a promise for its own branch: under HONOUR_VALID_QUOTES an issued, unexpired quote presented there is
     * paid at the lower of quoted and current; elsewhere, or once expired, voided or redeemed, the current total.
     */
    static Honour ofQuote(PricingConfig.HonourPolicy policy, QuoteStatus status, boolean atItsBranch, Money quoted,
                          Money current) {
        boolean honoured = policy == PricingConfig.HonourPolicy.HONOUR_VALID_QUOTES && status == QuoteStatus.ISSUED
                && atItsBranch;
        Money payable = honoured && quoted.isLessThan(current) ? quoted : current;
        return new Honour(payable, current.minus(payable));
    }
}
