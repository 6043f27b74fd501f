package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What each single cause does to the request's amount: the lines it changes and by how much in all. A context cause
 * (a branch, a moment) changes the whole request, or, told of one line, only that line; a cause about a line
 * changes that line, or every line it applies to at once.
 */
final class Patterns {

    private static final int ORDER_PER_RULE = 1_000_000;

    private final Priced now;
    private final List<Explanation> all = new ArrayList<>();

    Patterns(Priced now) {
        this.now = now;
    }

    /** The patterns of {@code singles}' causes. */
    void addAll(Map<Cause, Search.Single> singles) {
        singles.forEach(this::add);
    }

    void add(Cause cause, Search.Single single) {
        int n = now.size();
        SortedMap<Integer, Alternative> changed = new TreeMap<>();
        single.lines.forEach((line, alternative) -> {
            // a line that comes to the same amount changes nothing in a total
            if (!alternative.line().lineTotal().equals(now.amount(line))) {
                changed.put(line, alternative);
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        int order = single.rule * ORDER_PER_RULE + single.rank;
        boolean whole = cause.wholeRequest() && single.lines.size() == n;
        if (whole || (!cause.wholeRequest() && changed.size() > 1)) {
            all.add(Explanation.single(cause, changed, now, whole, delta(changed), order));
        }
        if (n > 1 && !(whole && changed.size() == 1)) {
            changed.forEach((line, alternative) -> {
                SortedMap<Integer, Alternative> one = new TreeMap<>(Map.of(line, alternative));
                all.add(Explanation.single(cause, one, now, false, delta(one), order));
            });
        } else if (!whole && n == 1) {
            all.add(Explanation.single(cause, changed, now, false, delta(changed), order));
        }
    }

    /** What {@code lines} add to the authoritative total. */
    Money delta(SortedMap<Integer, Alternative> lines) {
        Money delta = now.amount(0).minus(now.amount(0));
        for (Map.Entry<Integer, Alternative> e : lines.entrySet()) {
            delta = delta.plus(e.getValue().line().lineTotal()).minus(now.amount(e.getKey()));
        }
        return delta;
    }

    /** One-cause explanations: the patterns whose change is {@code difference}. */
    List<Explanation> matching(Money difference) {
        List<Explanation> found = new ArrayList<>();
        for (Explanation p : all) {
            if (p.delta().equals(difference)) {
                found.add(p);
            }
        }
        return found;
    }

    /**
     * Two causes on different lines whose changes add up to {@code difference}, or one cause on some of the lines it
     * could change: found by lookup, not pricing. Amounts are decimal sums, so equal ones have equal doubles; the
     * lookup by double is confirmed exactly.
     */
    List<Explanation> pairs(Money difference) {
        Map<Double, List<Integer>> byDelta = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byDelta.computeIfAbsent(all.get(i).delta().amount().doubleValue(), d -> new ArrayList<>(1)).add(i);
        }
        List<Explanation> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Explanation p = all.get(i);
            Money needed = difference.minus(p.delta());
            for (int j : byDelta.getOrDefault(needed.amount().doubleValue(), List.of())) {
                Explanation q = all.get(j);
                if (j > i && q.delta().equals(needed)
                        && Collections.disjoint(p.changes().keySet(), q.changes().keySet())) {
                    SortedMap<Integer, Alternative> changes = new TreeMap<>(p.changes());
                    changes.putAll(q.changes());
                    int order = Math.min(p.order(), q.order());
                    Cause cause = p.causes().get(0);
                    if (cause.equals(q.causes().get(0))) {
                        // one cause on some of its lines, not all: the same promotion left out of two of three lines
                        found.add(Explanation.single(cause, changes, now, false, difference, order));
                    } else {
                        List<Explanation.Part> parts = new ArrayList<>(p.parts());
                        parts.addAll(q.parts());
                        found.add(new Explanation(parts, changes, false, difference, order));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Whether a cause that only lowers {@code line} (to no less than nothing) could help explain {@code difference}:
     * alone, with another such cause on another line, or with a pattern that leaves this line alone.
     */
    boolean lowerable(int line, Money difference) {
        Money amount = now.amount(line);
        if (within(difference, amount)) {
            return true;
        }
        for (int other = 0; other < now.size(); other++) {
            if (other != line && within(difference, amount.plus(now.amount(other)))) {
                return true;
            }
        }
        // difference − δ within [−amount, 0]: δ within [difference, difference + amount]
        BigDecimal low = difference.amount();
        BigDecimal high = low.add(amount.amount());
        for (Explanation p : all) {
            BigDecimal delta = p.delta().amount();
            if (delta.compareTo(low) >= 0 && delta.compareTo(high) <= 0 && !p.changes().containsKey(line)) {
                return true;
            }
        }
        return false;
    }

    /** −{@code most} ≤ {@code change} ≤ 0. */
    private static boolean within(Money change, Money most) {
        return change.amount().signum() <= 0 && change.amount().negate().compareTo(most.amount()) <= 0;
    }
}
