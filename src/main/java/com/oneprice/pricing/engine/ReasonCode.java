package com.oneprice.pricing.engine;

/** Why a quoted amount differs from the authoritative one; declared in the order reasons are reported. */
public enum ReasonCode {
    QUOTE_EXPIRED,
    BRANCH_PRICE_DIFFERS,
    PROMOTION_EXPIRED,
    PROMOTION_NOT_STARTED,
    PRICE_CHANGED,
    BUNDLE_COMPOSITION_CHANGED,
    BUNDLE_PARTIAL,
    PROMOTION_NOT_APPLICABLE,
    UNEXPLAINED
}
