package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.Arrays;
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
    private final List<Pattern> all = new ArrayList<>();

    /**
     * One cause's change of the lines {@code changed} holds, or of its line {@code line} alone (≥ 0), and what it adds
     * to the total; told as an {@link Explanation} only when it is part of one, since most never are.
     */
    private record Pattern(Cause cause, SortedMap<Integer, Alternative> changed, int line, boolean whole,
                           Money delta, double key, int order) {

        boolean changes(int other) {
            return line >= 0 ? line == other : changed.containsKey(other);
        }

        boolean disjoint(Pattern other) {
            if (line >= 0) {
                return !other.changes(line);
            }
            for (int l : changed.keySet()) {
                if (other.changes(l)) {
                    return false;
                }
            }
            return true;
        }

        SortedMap<Integer, Alternative> changes() {
            if (line < 0) {
                return changed;
            }
            SortedMap<Integer, Alternative> one = new TreeMap<>();
            one.put(line, changed.get(line));
            return one;
        }
    }

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
            add(cause, changed, -1, whole, delta(changed), order);
        }
        if (n > 1 && !(whole && changed.size() == 1)) {
            changed.forEach((line, alternative) ->
                    add(cause, changed, line, false, alternative.line().lineTotal().minus(now.amount(line)), order));
        } else if (!whole && n == 1) {
            add(cause, changed, -1, false, delta(changed), order);
        }
    }

    private void add(Cause cause, SortedMap<Integer, Alternative> changed, int line, boolean whole, Money delta,
                     int order) {
        all.add(new Pattern(cause, changed, line, whole, delta, delta.amount().doubleValue(), order));
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
        for (Pattern p : all) {
            if (p.delta().equals(difference)) {
                found.add(Explanation.single(p.cause(), p.changes(), now, p.whole(), p.delta(), p.order()));
            }
        }
        return found;
    }

    /**
     * Two causes on different lines whose changes add up to {@code difference}, or one cause on some of the lines it
     * could change: found by lookup, not pricing. The patterns are sorted by their change as a double, and each looks
     * up the change it needs within the doubles' rounding error; every candidate is confirmed exactly.
     */
    List<Explanation> pairs(Money difference) {
        int n = all.size();
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(all.get(a).key(), all.get(b).key()));
        int[] byKey = new int[n];
        double[] keys = new double[n];
        for (int k = 0; k < n; k++) {
            byKey[k] = boxed[k];
            keys[k] = all.get(boxed[k]).key();
        }
        double wanted = difference.amount().doubleValue();
        List<int[]> matches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Pattern p = all.get(i);
            double needed = wanted - p.key();
            double error = 1e-9 * (Math.abs(wanted) + Math.abs(p.key()) + 1);
            for (int k = first(keys, needed - error); k < n && keys[k] <= needed + error; k++) {
                int j = byKey[k];
                if (j > i && p.delta().plus(all.get(j).delta()).equals(difference) && p.disjoint(all.get(j))) {
                    matches.add(new int[] {i, j});
                }
            }
        }
        // in the order of the patterns, as they were found
        matches.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<Explanation> found = new ArrayList<>(matches.size());
        for (int[] m : matches) {
            found.add(pair(all.get(m[0]), all.get(m[1]), difference));
        }
        return found;
    }

    /** The first index of sorted {@code keys} at or above {@code low}. */
    private static int first(double[] keys, double low) {
        int from = 0;
        int to = keys.length;
        while (from < to) {
            int mid = (from + to) >>> 1;
            if (keys[mid] < low) {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        return from;
    }

    private Explanation pair(Pattern p, Pattern q, Money difference) {
        SortedMap<Integer, Alternative> changes = new TreeMap<>(p.changes());
        changes.putAll(q.changes());
        int order = Math.min(p.order(), q.order());
        if (p.cause().equals(q.cause())) {
            // one cause on some of its lines, not all: the same promotion left out of two of three lines
            return Explanation.single(p.cause(), changes, now, false, difference, order);
        }
        List<Explanation.Part> parts = List.of(Explanation.part(p.cause(), p.changes(), now),
                Explanation.part(q.cause(), q.changes(), now));
        return new Explanation(parts, changes, false, difference, order);
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
        for (Pattern p : all) {
            BigDecimal delta = p.delta().amount();
            if (delta.compareTo(low) >= 0 && delta.compareTo(high) <= 0 && !p.changes(line)) {
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
