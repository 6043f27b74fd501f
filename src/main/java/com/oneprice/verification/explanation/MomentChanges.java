package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Branch;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PricingEngine;
import com.oneprice.pricing.engine.PricingException;
import com.oneprice.pricing.engine.Promotion;
import com.oneprice.pricing.engine.PromotionCode;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.pricing.engine.TimeWindow;
import com.oneprice.pricing.engine.WhatIf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What differs between lines priced at another moment and the same lines at the moment asked about, told as
 * reasons: a promotion that applied then and has ended (or applies then and has not started), one that runs now and
 * did not then (left out), a composition or a list price that changed, and when it changed.
 */
final class MomentChanges {

    private MomentChanges() {
    }

    static List<Reason> of(Situation situation, Explanation.Part part, Explained explained, Instant moment) {
        Instant at = situation.at();
        boolean past = moment.isBefore(at);
        Map<PromotionCode, List<ServiceCode>> lost = new LinkedHashMap<>();
        Map<PromotionCode, List<ServiceCode>> gained = new LinkedHashMap<>();
        Map<PromotionCode, Promotion> promotions = new LinkedHashMap<>();
        List<Reason> reasons = new ArrayList<>();
        part.lines().forEach((line, then) -> {
            PriceAnswer.Line now = part.before().get(line);
            differences(then.line(), now, then.whatIf(), lost, promotions);
            differences(now, then.line(), then.whatIf(), gained, promotions);
        });
        Branch branch = part.lines().values().iterator().next().whatIf().branch();
        lost.forEach((code, services) -> {
            TimeWindow window = promotions.get(code).window().in(branch.zone()).orElseThrow();
            if (past && window.to() != null && !window.to().isAfter(at)) {
                reasons.add(new Reason.PromotionExpired(explained, code, window.to(), services));
            } else if (!past && window.from().isAfter(at)) {
                reasons.add(new Reason.PromotionNotStarted(explained, code, window.from(), services));
            }
        });
        gained.forEach((code, services) -> {
            TimeWindow window = promotions.get(code).window().in(branch.zone()).orElseThrow();
            if (window.contains(at) && !window.contains(moment)) {
                reasons.add(new Reason.PromotionLeftOut(explained, code, window.from(), window.to(), services));
            }
        });
        part.lines().forEach((line, then) -> {
            PriceAnswer.Line now = part.before().get(line);
            PriceAnswer.Line old = then.line();
            if (!sameComposition(old, now)) {
                Instant change = firstChange(situation.snapshot(), at, then.whatIf(), moment,
                        l -> sameComposition(l, now));
                reasons.add(new Reason.CompositionChanged(explained, old.service(), change, past));
            } else if (!old.listPrice().equals(now.listPrice())) {
                Instant change = firstChange(situation.snapshot(), at, then.whatIf(), moment,
                        l -> l.listPrice().equals(now.listPrice()));
                reasons.add(new Reason.PriceChanged(explained, old.service(), old.listPrice(), now.listPrice(),
                        change, past, at));
            }
        });
        return reasons;
    }

    /** The promotions applied to {@code line} and not to {@code other}, with the services they applied to. */
    private static void differences(PriceAnswer.Line line, PriceAnswer.Line other, WhatIf whatIf,
                                    Map<PromotionCode, List<ServiceCode>> into, Map<PromotionCode, Promotion> known) {
        Set<PromotionCode> others = other.promotions().stream().map(PriceAnswer.AppliedPromotion::code)
                .collect(Collectors.toSet());
        for (PriceAnswer.AppliedPromotion applied : line.promotions()) {
            if (!others.contains(applied.code())) {
                whatIf.promotions().stream().filter(p -> p.code().equals(applied.code())).findFirst()
                        .ifPresent(p -> {
                            known.put(p.code(), p);
                            into.computeIfAbsent(p.code(), c -> new ArrayList<>()).add(line.service());
                        });
            }
        }
    }

    /**
     * The instant the line's list price or composition became what it is at the moment asked about (for a past
     * moment), or stopped being so (for a future one): the first boundary between the two where it looks like now
     * (past) or no longer does (future).
     */
    static Instant firstChange(CatalogSnapshot snapshot, Instant at, WhatIf then, Instant moment,
                               Predicate<PriceAnswer.Line> likeNow) {
        boolean past = moment.isBefore(at);
        Instant low = past ? moment : at;
        Instant high = past ? at : moment;
        TreeSet<Instant> between = new TreeSet<>();
        PricingEngine.boundaries(snapshot, then.service(), then.branch(), then.channel(), false, t -> {
            if (t.isAfter(low) && !t.isAfter(high)) {
                between.add(t);
            }
        });
        for (Instant t : between) {
            try {
                if (likeNow.test(then.atMoment(t).price()) == past) {
                    return t;
                }
            } catch (PricingException notPriced) {
                // a gap in the history: keep walking
            }
        }
        return past ? at : moment;
    }

    static boolean sameComposition(PriceAnswer.Line a, PriceAnswer.Line b) {
        return Objects.equals(shape(a.components()), shape(b.components()));
    }

    private static List<String> shape(List<PriceAnswer.ComponentLine> components) {
        return components.stream().map(c -> c.service() + "×" + c.quantity() + shape(c.components())).toList();
    }
}
