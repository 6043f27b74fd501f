package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.WhatIf;

import java.util.List;

/**
 * One family of causes (another branch, another moment, a promotion's window or scope, ...): for one line of a
 * request priced under some assumptions, the other assumptions this family would make about it. The search prices
 * them, within its budget, and keeps those that add up to the quoted amount.
 */
interface Rule {

    /** The variants of line {@code line} of {@code priced}; each is one more assumption on that line's. */
    List<Variant> variants(Situation situation, Priced priced, int line);

    /** True for a rule about the context of the whole request (a branch, a moment), false for one about a line. */
    default boolean aboutContext() {
        return false;
    }

    /** True when every variant can only lower the line (a promotion added), which lets the search skip hopeless lines. */
    default boolean onlyLowers() {
        return false;
    }

    record Variant(Cause cause, WhatIf whatIf) {
    }
}
