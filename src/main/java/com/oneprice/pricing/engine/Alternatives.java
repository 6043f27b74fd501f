package com.oneprice.pricing.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The same items cheaper: at another active branch in the same currency at the same moment (branches in the same
 * time zone first, a proxy for "nearby", then by code; at most {@link AlternativeOptions#branches()} are priced and
 * the {@value #LISTED_BRANCHES} cheapest kept), and at this branch at a later moment within the horizon (the
 * cheapest, earliest of equals, with until when it holds). Only items on sale have alternatives: an archived service
 * is not offered elsewhere or later, and an inactive branch is not offered later.
 */
public final class Alternatives {

    static final int LISTED_BRANCHES = 3;

    private Alternatives() {
    }

    /** @param answer the engine's answer to {@code request} on {@code snapshot} */
    public static List<Alternative> find(CatalogSnapshot snapshot, PriceRequest request, PriceAnswer answer,
                                         AlternativeOptions options) {
        Branch here = PricingEngine.branch(snapshot, request.branch());
        for (int i = 0; i < request.items().size(); i++) {
            if (PricingEngine.service(snapshot, i, request.items().get(i).service()).archived()) {
                return List.of();
            }
        }
        List<Alternative> found = new ArrayList<>(otherBranches(snapshot, request, answer, here, options));
        if (here.active() && !options.horizon().isNegative() && !options.horizon().isZero()) {
            later(snapshot, request, answer, here, request.at().plus(options.horizon())).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Until when {@link #find} gives the same alternatives to the same request asked again later for "now" (so that a
     * cached answer never shows stale ones), as far as the answer's own {@code validUntil} does not already say it:
     * the first instant after the request's moment at which a price of its items may change at one of the other
     * branches priced, or at which an instant that may change one here comes into the horizon. Conservative: an
     * instant that changes nothing still ends it. Empty when nothing is scheduled.
     */
    public static Optional<Instant> holdUntil(CatalogSnapshot snapshot, PriceRequest request,
                                              AlternativeOptions options) {
        Branch here = PricingEngine.branch(snapshot, request.branch());
        Instant[] first = {null};
        Consumer<Instant> earliest = t -> {
            if (t.isAfter(request.at()) && (first[0] == null || t.isBefore(first[0]))) {
                first[0] = t;
            }
        };
        for (Branch other : others(snapshot, here, options)) {
            eachBoundary(snapshot, request, other, earliest);
        }
        if (here.active() && !options.horizon().isNegative() && !options.horizon().isZero()) {
            Instant end = request.at().plus(options.horizon());
            eachBoundary(snapshot, request, here, t -> {
                if (!t.isBefore(end)) {
                    earliest.accept(t.minus(options.horizon()));
                }
            });
        }
        return Optional.ofNullable(first[0]);
    }

    private static void eachBoundary(CatalogSnapshot snapshot, PriceRequest request, Branch branch,
                                     Consumer<Instant> sink) {
        for (int i = 0; i < request.items().size(); i++) {
            Service service = PricingEngine.service(snapshot, i, request.items().get(i).service());
            PricingEngine.boundaries(snapshot, service, branch, request.channel(), true, 0, sink);
        }
    }

    /** The other branches priced: active, in the same currency, those in the same time zone first, then by code. */
    private static List<Branch> others(CatalogSnapshot snapshot, Branch here, AlternativeOptions options) {
        return snapshot.branches().stream()
                .filter(b -> b.active() && !b.code().equals(here.code()) && b.currency().equals(here.currency()))
                .sorted(Comparator.comparing((Branch b) -> !b.zone().equals(here.zone())).thenComparing(Branch::code))
                .limit(Math.max(0, options.branches()))
                .toList();
    }

    private static List<Alternative> otherBranches(CatalogSnapshot snapshot, PriceRequest request, PriceAnswer answer,
                                                   Branch here, AlternativeOptions options) {
        List<Alternative> cheaper = new ArrayList<>();
        others(snapshot, here, options)
                .forEach(other -> cheaperTotal(snapshot, request, other, answer.total()).ifPresent(total ->
                        cheaper.add(new Alternative(Alternative.Kind.OTHER_BRANCH, other.code(), request.at(), null,
                                total, answer.total().minus(total)))));
        return cheaper.stream().sorted(Comparator.comparing(Alternative::total)
                .thenComparing(a -> a.branch().value())).limit(LISTED_BRANCHES).toList();
    }

    /**
     * The request's total at {@code branch} when it is below {@code than}; priced line by line and given up as soon
     * as the lines so far cost as much, so a dearer branch costs less than a full pricing.
     */
    private static Optional<Money> cheaperTotal(CatalogSnapshot snapshot, PriceRequest request, Branch branch,
                                                Money than) {
        Money total = snapshot.rounding().round(BigDecimal.ZERO, branch.currency());
        try {
            for (int i = 0; i < request.items().size(); i++) {
                total = total.plus(PricingEngine.line(snapshot, branch, request.at(), request.channel(), i,
                        request.items().get(i), null).lineTotal());
                if (!total.isLessThan(than)) {
                    return Optional.empty();
                }
            }
        } catch (PricingException notSoldThere) {
            // the items cannot all be priced at that branch: not an alternative
            return Optional.empty();
        }
        return Optional.of(total);
    }

    /** The cheapest moment here after {@code request.at()} and before {@code end}; walks a bounded number of them. */
    private static Optional<Alternative> later(CatalogSnapshot snapshot, PriceRequest request, PriceAnswer answer,
                                               Branch here, Instant end) {
        TreeSet<Instant> moments = new TreeSet<>();
        eachBoundary(snapshot, request, here, t -> {
            if (t.isAfter(request.at()) && t.isBefore(end)) {
                moments.add(t);
            }
        });
        Instant best = null;
        Money bestTotal = answer.total();
        List<PriceAnswer.Line> bestLines = null;
        int walked = 0;
        for (Instant moment : moments) {
            if (walked++ == PricingEngine.VALID_UNTIL_WALK) {
                break;
            }
            try {
                List<PriceAnswer.Line> lines = PricingEngine.lines(snapshot, here, request.at(moment), null);
                Money total = PricingEngine.total(snapshot, lines, here);
                if (total.isLessThan(bestTotal)) {
                    best = moment;
                    bestTotal = total;
                    bestLines = lines;
                }
            } catch (PricingException notSoldThen) {
                // not an alternative either
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Instant until = PricingEngine.validUntil(snapshot, here, request.at(best), bestLines).orElse(null);
        return Optional.of(new Alternative(Alternative.Kind.LATER, here.code(), best, until, bestTotal,
                answer.total().minus(bestTotal)));
    }
}
