package com.oneprice.quotes;

import java.time.Instant;

/** ISSUED → VOIDED | REDEEMED, stored; EXPIRED is an ISSUED quote past its expiry, derived when read. */
public enum QuoteStatus {
    ISSUED, VOIDED, REDEEMED, EXPIRED;

    public static QuoteStatus of(QuoteEntity quote, Instant now) {
        QuoteStatus stored = valueOf(quote.status);
        return stored == ISSUED && !now.isBefore(quote.expiresAt) ? EXPIRED : stored;
    }
}
