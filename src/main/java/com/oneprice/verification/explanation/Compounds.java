package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.WhatIf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Two causes on the same lines, which do not add up and so are priced together: another branch at another moment,
 * a moment and a partial bundle, a branch and a promotion for another channel... Each single cause found is taken as
 * the first, and each later rule's variants are priced on top of it (an earlier rule's too, where the first cause may
 * have given it other variants: {@link #earlierOnItsLines}). The pairs of rules take turns (the first cause
 * of every pair, then the second of every pair, ...), so that a large catalog's many branches do not spend the whole
 * budget on one pair.
 */
final class Compounds {

    private final Search search;
    private final Situation situation;
    private final Priced now;
    private final Map<Cause, Search.Single> singles;
    private final List<Rule> rules;
    private final Money difference;
    private final List<Explanation> found = new ArrayList<>();

    private record Task(Cause first, Search.Single single, int second, int turn) {
    }


    Compounds(Search search, Situation situation, Priced now, Map<Cause, Search.Single> singles, List<Rule> rules,
              Money difference) {
        this.search = search;
        this.situation = situation;
        this.now = now;
        this.singles = singles;
        this.rules = rules;
        this.difference = difference;
    }

    List<Explanation> run() {
        if (search.spent()) {
            return found; // the single causes took the whole budget: no pair of rules could price anything
        }
        Map<Integer, ArrayDeque<Task>> byPair = new TreeMap<>();
        Map<Integer, Integer> turns = new HashMap<>();
        singles.forEach((cause, single) -> {
            int turn = turns.merge(single.rule, 1, Integer::sum);
            boolean lineFits = aLineFits(cause, single);
            for (int second = 0; second < rules.size(); second++) {
                if (!lineFits && !rules.get(second).aboutContext()) {
                    continue;
                }
                if (second > single.rule || (!cause.wholeRequest() && earlierOnItsLines(second, single))) {
                    byPair.computeIfAbsent(single.rule * rules.size() + second, pair -> new ArrayDeque<>())
                            .add(new Task(cause, single, second, turn));
                }
            }
        });
        // each pair of rules gets an equal share of the budget: the pair that has spent least goes next
        Map<Integer, Integer> spent = new HashMap<>();
        PriorityQueue<Integer> next = new PriorityQueue<>(Comparator.<Integer>comparingInt(
                pair -> spent.getOrDefault(pair, 0)).thenComparingInt(pair -> pair));
        next.addAll(byPair.keySet());
        while (!next.isEmpty() && !search.spent()) {
            int pair = next.poll();
            Task task = byPair.get(pair).poll();
            int before = search.left();
            if (task.first().wholeRequest()) {
                inContext(task);
            } else {
                onSameLine(task);
            }
            spent.merge(pair, 1 + before - search.left(), Integer::sum);
            if (!byPair.get(pair).isEmpty()) {
                next.add(pair);
            }
        }
        return found;
    }

    /**
     * Whether a second cause on one line could still give the quoted amount under {@code cause}: no price is below
     * nothing, so the other lines, as {@code cause} leaves them, must not already come to more.
     */
    private boolean aLineFits(Cause cause, Search.Single single) {
        if (cause.wholeRequest() && single.lines.size() < now.size()) {
            return false;
        }
        Money total = Search.total(now);
        if (cause.wholeRequest()) {
            total = total.minus(total);
            for (Alternative alternative : single.lines.values()) {
                total = total.plus(alternative.line().lineTotal());
            }
        }
        for (int line = 0; line < now.size(); line++) {
            Money amount = cause.wholeRequest() ? single.lines.get(line).line().lineTotal() : now.amount(line);
            if (total.minus(amount).compareTo(situation.quoted()) <= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an earlier rule about a line is tried on top of {@code single}'s cause, as assumptions about a line may
     * be made in any order: one that only lowers and was skipped on a line of {@code single} (alone it could not
     * help), or one whose variants come from what the line came to, which {@code single}'s cause changed.
     */
    private boolean earlierOnItsLines(int rule, Search.Single single) {
        return rule < single.rule && !rules.get(rule).aboutContext() && (rules.get(rule).readsThePrice()
                || single.lines.keySet().stream().anyMatch(line -> search.skipped(rule, line)));
    }

    /** The first cause is the context of every line; the second changes that context, or one line within it. */
    private void inContext(Task task) {
        if (task.single().lines.size() < now.size()) {
            return;
        }
        Priced first = priced(task.single().lines);
        Rule rule = rules.get(task.second());
        Map<Cause, SortedMap<Integer, Alternative>> contexts = new LinkedHashMap<>();
        Money rest = situation.quoted().minus(Search.total(first));
        for (int line = 0; line < now.size(); line++) {
            Money target = rest.plus(first.amount(line));
            if (!rule.aboutContext() && !rule.mayGive(first.line(line), target)) {
                continue;
            }
            Map<Object, Alternative> priced = new HashMap<>();
            for (Rule.Variant variant : rule.variants(situation, first, line)) {
                if (!rule.aboutContext() && !rule.couldGive(variant, first.line(line), target)) {
                    continue;
                }
                Alternative alternative = search.price(variant, priced);
                if (alternative == null) {
                    continue;
                }
                if (rule.aboutContext()) {
                    contexts.computeIfAbsent(variant.cause(), c -> new TreeMap<>()).put(line, alternative);
                } else if (alternative.line().lineTotal().equals(target)) {
                    add(task, variant.cause(), first, new TreeMap<>(Map.of(line, alternative)), true);
                }
            }
        }
        contexts.forEach((cause, lines) -> {
            if (lines.size() == now.size() && Search.total(priced(lines)).equals(situation.quoted())) {
                add(task, cause, first, changed(lines), true);
            }
        });
    }

    /** The first cause is about one line; the second is priced on top of it on that line. */
    private void onSameLine(Task task) {
        Rule rule = rules.get(task.second());
        task.single().lines.forEach((line, alternative) -> {
            if (alternative.line().equals(now.line(line))) {
                return;
            }
            List<WhatIf> whatIfs = new ArrayList<>(now.whatIfs());
            List<PriceAnswer.Line> lines = new ArrayList<>(now.lines());
            whatIfs.set(line, alternative.whatIf());
            lines.set(line, alternative.line());
            Priced first = new Priced(whatIfs, lines);
            Money target = situation.quoted().minus(Search.total(now)).plus(now.amount(line));
            if (!rule.mayGive(alternative.line(), target)) {
                return;
            }
            Set<Cause> tried = triedFirst(task, line);
            for (Rule.Variant variant : rule.variants(situation, first, line)) {
                if (tried.contains(variant.cause()) || !rule.couldGive(variant, alternative.line(), target)) {
                    continue;
                }
                Alternative both = search.price(variant);
                if (both != null && both.line().lineTotal().equals(target)) {
                    add(task, variant.cause(), first, new TreeMap<>(Map.of(line, both)), false);
                }
            }
        });
    }

    /**
     * The causes of {@code task}'s earlier rule that its own turn as first cause already paired with this one on
     * {@code line}, when it was not skipped there: those of the authoritative line.
     */
    private Set<Cause> triedFirst(Task task, int line) {
        if (task.second() > task.single().rule || search.skipped(task.second(), line)) {
            return Set.of();
        }
        Set<Cause> tried = new HashSet<>();
        rules.get(task.second()).variants(situation, now, line).forEach(variant -> tried.add(variant.cause()));
        return tried;
    }

    /** The explanation of {@code cause}, giving {@code second}, priced on top of {@code task}'s first cause. */
    private void add(Task task, Cause cause, Priced first, SortedMap<Integer, Alternative> second, boolean whole) {
        SortedMap<Integer, Alternative> firstLines = changed(task.single().lines);
        SortedMap<Integer, Alternative> changes = new TreeMap<>(cause.wholeRequest() ? Map.of() : firstLines);
        changes.putAll(second);
        List<Explanation.Part> parts = List.of(Explanation.part(task.first(), firstLines, now),
                Explanation.part(cause, second, first));
        found.add(new Explanation(parts, changes, whole && now.size() > 1, difference,
                task.single().rule * 1_000_000 + task.single().rank));
    }

    /** The lines of {@code lines} that differ from the authoritative ones. */
    private SortedMap<Integer, Alternative> changed(Map<Integer, Alternative> lines) {
        SortedMap<Integer, Alternative> changed = new TreeMap<>();
        lines.forEach((line, alternative) -> {
            if (!alternative.line().equals(now.line(line))) {
                changed.put(line, alternative);
            }
        });
        return changed;
    }

    private Priced priced(Map<Integer, Alternative> lines) {
        List<WhatIf> whatIfs = new ArrayList<>();
        List<PriceAnswer.Line> priced = new ArrayList<>();
        lines.values().forEach(a -> {
            whatIfs.add(a.whatIf());
            priced.add(a.line());
        });
        return new Priced(whatIfs, priced);
    }
}
