package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
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

    /** True when every variant can only lower the line (a promotion added): the search skips hopeless lines. */
    default boolean onlyLowers() {
        return false;
    }

    /**
     * True when the variants come from what the line came to (the promotions applied to it), not only from how it was
     * asked: another assumption about the line may give it other variants, so the search also tries this rule on top
     * of the causes of the rules after it.
     */
    default boolean readsThePrice() {
        return false;
    }

    /**
     * Whether any variant of {@code line} (as priced under the assumptions so far) could come to {@code target}, judged
     * before making them: a two-cause search that needs one exact amount does not even list those of a hopeless line.
     */
    default boolean mayGive(PriceAnswer.Line line, Money target) {
        return !onlyLowers() || (target.amount().signum() >= 0 && target.compareTo(line.lineTotal()) <= 0);
    }

    /**
     * Whether {@code variant} of {@code line} (as priced under the assumptions so far) could come to {@code target},
     * judged without pricing it; a two-cause search that needs one exact amount skips those that could not.
     */
    default boolean couldGive(Variant variant, PriceAnswer.Line line, Money target) {
        return mayGive(line, target);
    }

    /**
     * {@code sameAs}: variants of one line with equal keys price the same (a moment within the same stretch in which
     * nothing this line depends on changes), so the search prices only the first; null when every variant differs.
     */
    record Variant(Cause cause, WhatIf whatIf, Object sameAs) {
        Variant(Cause cause, WhatIf whatIf) {
            this(cause, whatIf, null);
        }
    }
}
