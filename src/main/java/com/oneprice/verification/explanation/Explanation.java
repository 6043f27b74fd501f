package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One or two causes that together give the quoted amount. {@code changes} are the lines as the causes price them;
 * each {@link Part} is one cause with the lines it changed and what they were before it. {@code whole} when the
 * first cause is the context of the whole request (a branch, a moment), so its reasons speak of the total.
 */
record Explanation(List<Part> parts, SortedMap<Integer, Alternative> changes, boolean whole, Money delta, int order) {

    record Part(Cause cause, SortedMap<Integer, Alternative> lines, SortedMap<Integer, PriceAnswer.Line> before) {
    }

    Explanation {
        parts = List.copyOf(parts);
    }

    static Explanation single(Cause cause, SortedMap<Integer, Alternative> lines, Priced before, boolean whole,
                              Money delta, int order) {
        return new Explanation(List.of(part(cause, lines, before)), lines, whole, delta, order);
    }

    static Part part(Cause cause, SortedMap<Integer, Alternative> lines, Priced before) {
        SortedMap<Integer, PriceAnswer.Line> was = new TreeMap<>();
        lines.keySet().forEach(i -> was.put(i, before.line(i)));
        return new Part(cause, lines, was);
    }

    List<Cause> causes() {
        return parts.stream().map(Part::cause).toList();
    }

    Duration distance(Instant at) {
        Duration total = Duration.ZERO;
        for (Part part : parts) {
            total = total.plus(part.cause().distance(at));
        }
        return total;
    }

    /** Fewest assumptions first, then the nearest in time, then in the order the rules are declared and found. */
    static Comparator<Explanation> plausibility(Instant at) {
        return Comparator.<Explanation>comparingInt(e -> e.parts().size())
                .thenComparing(e -> e.distance(at))
                .thenComparingInt(Explanation::order);
    }
}
