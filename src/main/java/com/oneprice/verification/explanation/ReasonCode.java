package com.oneprice.verification.explanation;

/** Why a quoted amount differs from the authoritative one. */
public enum ReasonCode {
    QUOTE_EXPIRED,
    BRANCH_PRICE_DIFFERS,
    PROMOTION_EXPIRED,
    PROMOTION_NOT_STARTED,
    PROMOTION_LEFT_OUT,
    PRICE_CHANGED,
    BUNDLE_COMPOSITION_CHANGED,
    BUNDLE_PARTIAL,
    PROMOTION_NOT_APPLICABLE,
    QUANTITY_DIFFERS,
    UNEXPLAINED
}
