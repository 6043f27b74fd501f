package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PricingException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        ScopeExclusions scopes = new ScopeExclusions();
        return List.of(new OtherBranches(), new OtherMoments(), new PromotionsLeftOut(), new PromotionWindows(),
                new PromotionScopes(scopes), new OtherChannels(scopes), new OtherCompositions(), new PartialBundles(),
                new OtherQuantities());
    }

    private final Situation situation;
    private final Priced now;
    private final Money difference;
    private final List<Rule> rules;
    private int budget;
    private final Map<Cause, Single> singles = new LinkedHashMap<>();
    /** The lines a lowering rule was skipped for, as rule × line count + line: a compound may still want them. */
    private final Set<Integer> skipped = new HashSet<>();

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
        Patterns patterns = new Patterns(now);
        patterns.addAll(singles);
        int raising = singles.size();
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).onlyLowers()) {
                singles(r, patterns);
            }
        }
        // a lowering rule's causes are of their own kinds, so they come after the raising ones, in the order found
        int seen = 0;
        for (Map.Entry<Cause, Single> single : singles.entrySet()) {
            if (seen++ >= raising) {
                patterns.add(single.getKey(), single.getValue());
            }
        }
        List<Explanation> found = patterns.matching(difference);
        if (!found.isEmpty()) {
            return found;
        }
        found.addAll(patterns.pairs(difference));
        found.addAll(new Compounds(this, situation, now, singles, rules, difference).run());
        return found;
    }

    private final Map<Integer, Boolean> lowerable = new HashMap<>();

    private void singles(int rule, Patterns patterns) {
        if (spent()) {
            return; // not even listed: every variant would be left unpriced
        }
        if (rules.get(rule).aboutContext()) {
            contexts(rule);
            return;
        }
        for (int line = 0; line < now.size(); line++) {
            if (patterns != null && !lowerable.computeIfAbsent(line, l -> patterns.lowerable(l, difference))) {
                skipped.add(rule * now.size() + line);
                continue;
            }
            Map<Object, Alternative> priced = new HashMap<>();
            for (Rule.Variant variant : rules.get(rule).variants(situation, now, line)) {
                Alternative alternative = price(variant, priced);
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

    /**
     * A context (a branch, a moment) prices every line, simple services before bundles. Once the lines priced so far
     * come to more than the quoted amount even without the dearest of them, the context has no use left (prices are
     * never below nothing): not the whole request, nor a second cause on one of its lines; its other lines are not
     * priced, and are not offered as one-line alternatives either.
     */
    private void contexts(int rule) {
        List<List<Rule.Variant>> byLine = new ArrayList<>();
        List<Map<Object, Alternative>> priced = new ArrayList<>();
        int count = Integer.MAX_VALUE;
        for (int line = 0; line < now.size(); line++) {
            byLine.add(rules.get(rule).variants(situation, now, line));
            priced.add(new HashMap<>());
            count = Math.min(count, byLine.get(line).size());
        }
        List<Integer> order = new ArrayList<>();
        for (int line = 0; line < now.size(); line++) {
            order.add(line);
        }
        order.sort(Comparator.comparing(line -> now.whatIf(line).service().kind()));
        Money quoted = situation.quoted();
        for (int k = 0; k < count; k++) {
            Money sum = quoted.minus(quoted);
            Money dearest = sum;
            for (int line : order) {
                Rule.Variant variant = byLine.get(line).get(k);
                Alternative alternative = price(variant, priced.get(line));
                if (alternative == null) {
                    if (budget <= 0) {
                        return;
                    }
                    continue;
                }
                int rank = singles.size();
                singles.computeIfAbsent(variant.cause(), c -> new Single(rule, rank)).lines.put(line, alternative);
                Money amount = alternative.line().lineTotal();
                sum = sum.plus(amount);
                dearest = amount.compareTo(dearest) > 0 ? amount : dearest;
                if (sum.minus(dearest).compareTo(quoted) > 0) {
                    break;
                }
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

    /**
     * The variant priced, or, when an earlier variant of the line with the same key was, that price (the line prices
     * the same) as this variant asks it: a second cause on the line is then looked for under this variant's
     * assumptions (at its moment), not the earlier one's. {@code byKey} holds what was priced so far.
     */
    Alternative price(Rule.Variant variant, Map<Object, Alternative> byKey) {
        if (variant.sameAs() == null) {
            return price(variant);
        }
        if (!byKey.containsKey(variant.sameAs())) {
            byKey.put(variant.sameAs(), price(variant));
        }
        Alternative same = byKey.get(variant.sameAs());
        return same == null || same.whatIf() == variant.whatIf() ? same
                : new Alternative(variant.whatIf(), same.line());
    }

    /** Whether lowering rule {@code rule} was skipped for {@code line} as no lowering alone could help there. */
    boolean skipped(int rule, int line) {
        return skipped.contains(rule * now.size() + line);
    }

    int left() {
        return budget;
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
