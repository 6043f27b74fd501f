package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.BranchCode;
import com.oneprice.pricing.engine.Promotion;
import com.oneprice.pricing.engine.PromotionScope;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.pricing.engine.WhatIf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which promotions run at a branch and moment, and which part of a running promotion's scope leaves a line out. Only
 * a promotion left out by exactly one part (branch, channel or service) is a candidate: one meant for another branch
 * and another service that happens to match the quoted amount is a coincidence, not an explanation.
 */
final class ScopeExclusions {

    private record Context(BranchCode branch, Instant at) {
    }

    private final Map<Context, List<Promotion>> running = new HashMap<>();

    static boolean covers(Promotion promotion, WhatIf line) {
        PromotionScope scope = promotion.scope();
        return scope.coversBranch(line.branch().code()) && scope.coversChannel(line.channel())
                && scope.coversService(line.service());
    }

    /** The promotions running at {@code line}'s branch and moment in its currency, whatever their scope. */
    List<Promotion> running(Situation situation, WhatIf line) {
        return running.computeIfAbsent(new Context(line.branch().code(), line.at()), context -> {
            List<Promotion> found = new ArrayList<>();
            for (Promotion p : situation.snapshot().promotions()) {
                if (p.appliesToCurrency(line.branch().currency())
                        && p.window().in(line.branch().zone()).filter(w -> w.contains(line.at())).isPresent()) {
                    found.add(p);
                }
            }
            return found;
        });
    }

    /** The one part of {@code promotion}'s scope that leaves {@code line} out, or null (none, or several). */
    static Reason.Exclusion exclusion(Promotion promotion, WhatIf line) {
        Reason.Exclusion.Part part = part(promotion, line);
        return part == null ? null : exclusion(promotion, line, part);
    }

    /** Which part alone leaves {@code line} out, judged before any name is listed: most promotions are no candidate. */
    private static Reason.Exclusion.Part part(Promotion promotion, WhatIf line) {
        PromotionScope scope = promotion.scope();
        boolean branch = !scope.coversBranch(line.branch().code());
        boolean channel = !scope.coversChannel(line.channel());
        boolean service = !scope.coversService(line.service());
        if ((branch ? 1 : 0) + (channel ? 1 : 0) + (service ? 1 : 0) != 1) {
            return null;
        }
        return branch ? Reason.Exclusion.Part.BRANCH : channel ? Reason.Exclusion.Part.CHANNEL
                : Reason.Exclusion.Part.SERVICE;
    }

    private static Reason.Exclusion exclusion(Promotion promotion, WhatIf line, Reason.Exclusion.Part part) {
        PromotionScope scope = promotion.scope();
        return switch (part) {
            case BRANCH -> new Reason.Exclusion(part, names(scope.branches()), List.of(),
                    line.branch().code().value());
            case CHANNEL -> new Reason.Exclusion(part, names(scope.channels()), List.of(),
                    line.channel() == null ? null : line.channel().value());
            case SERVICE -> new Reason.Exclusion(part, names(scope.services()), List.copyOf(scope.categories()),
                    line.service().code().value());
        };
    }

    private static List<String> names(Set<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(values.size());
        for (Object v : values) {
            names.add(v instanceof BranchCode b ? b.value() : v instanceof ServiceCode s ? s.value() : v.toString());
        }
        names.sort(null);
        return names;
    }

    /** The variants of {@code line} with each running promotion left out of it by one part in {@code parts}. */
    List<Rule.Variant> variants(Situation situation, WhatIf line, Set<Reason.Exclusion.Part> parts) {
        List<Rule.Variant> variants = new ArrayList<>();
        for (Promotion promotion : running(situation, line)) {
            Reason.Exclusion.Part part = part(promotion, line);
            if (part != null && parts.contains(part)) {
                variants.add(new Rule.Variant(new Cause.WithPromotion(promotion, null,
                        exclusion(promotion, line, part)), line.withPromotion(promotion)));
            }
        }
        return variants;
    }
}
