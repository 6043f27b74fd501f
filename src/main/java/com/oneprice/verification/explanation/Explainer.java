package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.ServiceCode;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells an explanation as reasons: one or more for each of its causes, each with what it accounts for (the quoted
 * total, or one line's amount) and the structured parameters its sentence is written from.
 */
final class Explainer {

    private Explainer() {
    }

    static List<Reason> reasons(Situation situation, Priced now, Explanation explanation) {
        List<Reason> reasons = new ArrayList<>();
        for (Explanation.Part part : explanation.parts()) {
            if (part.lines().isEmpty()) {
                continue; // a context that changes no line by itself, only makes room for the other cause
            }
            Explained explained = explained(situation, now, explanation, part);
            reasons.addAll(reasons(situation, part, explained, explanation.whole()));
        }
        return reasons;
    }

    /** The request's total for a whole-request or several-line cause, else the amount of the one line it changed. */
    private static Explained explained(Situation situation, Priced now, Explanation explanation,
                                       Explanation.Part part) {
        Money difference = situation.quoted().minus(Search.total(now));
        if (now.size() == 1) {
            return Explained.line(0, situation.quoted(), difference);
        }
        if (explanation.whole() || part.lines().size() != 1) {
            return Explained.total(situation.quoted(), difference);
        }
        int line = part.lines().firstKey();
        Money amount = explanation.changes().get(line).line().lineTotal();
        return Explained.line(line, amount, amount.minus(now.amount(line)));
    }

    private static List<Reason> reasons(Situation situation, Explanation.Part part, Explained explained,
                                        boolean whole) {
        List<ServiceCode> services = part.lines().values().stream().map(a -> a.line().service()).toList();
        Cause cause = part.cause();
        if (cause instanceof Cause.OtherBranch c) {
            return List.of(new Reason.BranchPriceDiffers(explained, c.branch().code(), situation.here().code(),
                    whole || part.lines().size() == situation.request().items().size() ? List.of() : services));
        }
        if (cause instanceof Cause.OtherMoment c) {
            return MomentChanges.of(situation, part, explained, c.moment());
        }
        if (cause instanceof Cause.WithoutPromotion c) {
            return List.of(new Reason.PromotionLeftOut(explained, c.promotion().code(), c.from(), c.until(),
                    services));
        }
        if (cause instanceof Cause.WithPromotion c) {
            if (c.exclusion() != null) {
                return List.of(new Reason.PromotionNotApplicable(explained, c.promotion().code(), c.exclusion(),
                        services));
            }
            return List.of(c.instant().isAfter(situation.at())
                    ? new Reason.PromotionNotStarted(explained, c.promotion().code(), c.instant(), services)
                    : new Reason.PromotionExpired(explained, c.promotion().code(), c.instant(), services));
        }
        if (cause instanceof Cause.OtherComposition c) {
            return List.of(new Reason.CompositionChanged(explained, services.get(0), c.instant(),
                    !c.instant().isAfter(situation.at())));
        }
        if (cause instanceof Cause.WithoutComponents c) {
            return List.of(new Reason.BundlePartial(explained, c.bundle(), c.missing()));
        }
        Cause.OtherQuantity c = (Cause.OtherQuantity) cause;
        int asked = part.before().values().iterator().next().quantity();
        return List.of(new Reason.QuantityDiffers(explained, c.service(), c.quantity(), asked));
    }
}
