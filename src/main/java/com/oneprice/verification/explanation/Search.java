package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PricingException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Looks for causes that give the quoted amount, within one budget of line pricings shared by everything below.
 *
 * <ol>
 *   <li>Every rule's variants of every line are priced once: the single causes.</li>
 *   <li>Amounts add up line by line, so a cause is a change of some lines' amounts (a {@link Patterns pattern}); one
 *       whose change is the difference to explain is a one-cause explanation.</li>
 *   <li>Without one, two causes on different lines are paired by looking up, for each pattern, the change the
 *       other must make (a small subset-sum over short lists, no pricing); and two causes on the same lines are
 *       priced together ({@link Compounds}) with what is left of the budget.</li>
 * </ol>
 * A rule that can only lower a line (a promotion added) is skipped for a line that no lowering can help.
 */
final class Search {

    /** Every family of cause, in the order their reasons are told when all else is equal; fresh for each search. */
    static List<Rule> rules() {
        return List.of(new OtherBranches(), new OtherMoments(), new PromotionsLeftOut(), new PromotionWindows(),
                new PromotionScopes(), new OtherChannels(), new OtherCompositions(), new PartialBundles(),
                new OtherQuantities());
    }

    private final Situation situation;
    private final Priced now;
    private final Money difference;
    private final List<Rule> rules;
    private int budget;
    private final Map<Cause, Single> singles = new LinkedHashMap<>();

    /** What one cause gives on each line it could price (unchanged lines too), and which rule found it. */
    static final class Single {
        final int rule;
        final int rank;
        final Map<Integer, Alternative> lines = new TreeMap<>();

        Single(int rule, int rank) {
            this.rule = rule;
            this.rank = rank;
        }
    }

    Search(Situation situation, Priced now, List<Rule> rules) {
        this.situation = situation;
        this.now = now;
        this.difference = situation.quoted().minus(total(now));
        this.rules = rules;
        this.budget = situation.options().maxCandidates();
    }

    List<Explanation> run() {
        for (int r = 0; r < rules.size(); r++) {
            if (!rules.get(r).onlyLowers()) {
                singles(r, null);
            }
        }
        Patterns patterns = new Patterns(situation, now, singles);
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).onlyLowers()) {
                singles(r, patterns);
            }
        }
        patterns = new Patterns(situation, now, singles);
        List<Explanation> found = patterns.matching(difference);
        if (!found.isEmpty()) {
            return found;
        }
        found.addAll(patterns.pairs(difference));
        found.addAll(new Compounds(this, situation, now, singles, rules, difference).run());
        return found;
    }

    private void singles(int rule, Patterns patterns) {
        for (int line = 0; line < now.size(); line++) {
            if (patterns != null && !patterns.lowerable(line, difference)) {
                continue;
            }
            for (Rule.Variant variant : rules.get(rule).variants(situation, now, line)) {
                Alternative alternative = price(variant);
                if (alternative == null) {
                    if (budget <= 0) {
                        return;
                    }
                    continue;
                }
                int rank = singles.size();
                singles.computeIfAbsent(variant.cause(), c -> new Single(rule, rank)).lines.put(line, alternative);
            }
        }
    }

    /** The variant priced, spending one unit of budget; null when the budget is spent or it is not sold so. */
    Alternative price(Rule.Variant variant) {
        if (budget <= 0) {
            return null;
        }
        budget--;
        try {
            return new Alternative(variant.whatIf(), variant.whatIf().price());
        } catch (PricingException notSoldSo) {
            return null;
        }
    }

    boolean spent() {
        return budget <= 0;
    }

    static Money total(Priced priced) {
        Money total = priced.amount(0).minus(priced.amount(0));
        for (int i = 0; i < priced.size(); i++) {
            total = total.plus(priced.amount(i));
        }
        return total;
    }
}
