package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Branch;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.Component;
import com.oneprice.pricing.engine.Composition;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.pricing.engine.PricingEngine;
import com.oneprice.pricing.engine.PricingException;
import com.oneprice.pricing.engine.Promotion;
import com.oneprice.pricing.engine.PromotionScope;
import com.oneprice.pricing.engine.TimeWindow;
import com.oneprice.pricing.engine.WhatIf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The mistakes the property tests make on purpose, each as a quote would come about: the whole request read at another
 * branch or at another moment within the lookback (when a price changed), or one line with a promotion left out, one
 * applied outside its window or its scope, another composition, a component dropped, another quantity. Each answers the lines it gives,
 * or nothing when the mistake cannot be made on this request.
 */
final class Perturbations {

    /** A mistake and the codes that may tell it. */
    record Mistake(String name, Set<ReasonCode> told, List<WhatIf> lines) {
    }

    private final CatalogSnapshot snapshot;
    private final Duration lookback;
    private final Random random;

    Perturbations(CatalogSnapshot snapshot, Duration lookback, Random random) {
        this.snapshot = snapshot;
        this.lookback = lookback;
        this.random = random;
    }

    static List<WhatIf> lines(CatalogSnapshot snapshot, PriceRequest request) {
        return IntStream.range(0, request.items().size())
                .mapToObj(i -> WhatIf.line(snapshot, request, i)).toList();
    }

    /** One mistake on {@code lines}: on the whole request, or on line {@code line} (context mistakes ignore it). */
    Optional<Mistake> make(List<WhatIf> lines, int kind, int line) {
        WhatIf base = lines.get(line);
        return switch (kind) {
            case 0 -> otherBranch(lines);
            case 1 -> otherMoment(lines);
            case 2 -> leftOut(base).map(w -> replaced(lines, line, w, "a promotion left out",
                    ReasonCode.PROMOTION_LEFT_OUT));
            case 3 -> outOfWindow(base).map(w -> replaced(lines, line, w, "a promotion out of its window",
                    ReasonCode.PROMOTION_EXPIRED, ReasonCode.PROMOTION_NOT_STARTED));
            case 4 -> outOfScope(base).map(w -> replaced(lines, line, w, "a promotion out of its scope",
                    ReasonCode.PROMOTION_NOT_APPLICABLE));
            case 5 -> otherComposition(base).map(w -> replaced(lines, line, w, "another composition",
                    ReasonCode.BUNDLE_COMPOSITION_CHANGED));
            case 6 -> dropped(base).map(w -> replaced(lines, line, w, "a component dropped", ReasonCode.BUNDLE_PARTIAL));
            default -> Optional.of(replaced(lines, line, base.forQuantity(base.quantity() + 1), "another quantity",
                    ReasonCode.QUANTITY_DIFFERS));
        };
    }

    static final int KINDS = 8;

    /** The request's total under {@code mistake}, or empty when its lines cannot be priced so. */
    static Optional<com.oneprice.pricing.engine.Money> total(Mistake mistake) {
        try {
            com.oneprice.pricing.engine.Money total = null;
            for (WhatIf line : mistake.lines()) {
                PriceAnswer.Line priced = line.price();
                total = total == null ? priced.lineTotal() : total.plus(priced.lineTotal());
            }
            return Optional.ofNullable(total);
        } catch (PricingException notSoldSo) {
            return Optional.empty();
        }
    }

    private Optional<Mistake> otherBranch(List<WhatIf> lines) {
        Branch here = lines.get(0).branch();
        List<Branch> others = snapshot.branches().stream()
                .filter(b -> !b.code().equals(here.code()) && b.active() && b.currency().equals(here.currency()))
                .toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        Branch other = others.get(random.nextInt(others.size()));
        return Optional.of(new Mistake("another branch", Set.of(ReasonCode.BRANCH_PRICE_DIFFERS),
                lines.stream().map(l -> l.atBranch(other)).toList()));
    }

    /**
     * The whole request as it was priced when one of its prices changed within the lookback (or at the lookback's
     * start): between two such changes it prices the same at every moment. (A promotion that never applies to this
     * request changes nothing here, so a mistake made with it at some moment is made at the change before.)
     */
    private Optional<Mistake> otherMoment(List<WhatIf> lines) {
        Instant at = lines.get(0).at();
        List<Instant> changes = new ArrayList<>(List.of(at.minus(lookback)));
        for (WhatIf line : lines) {
            PricingEngine.boundaries(snapshot, line.service(), line.branch(), line.channel(), true, t -> {
                if (t.isBefore(at) && !t.isBefore(at.minus(lookback))) {
                    changes.add(t);
                }
            });
        }
        Instant moment = changes.get(random.nextInt(changes.size()));
        return Optional.of(new Mistake("another moment", Set.of(ReasonCode.PRICE_CHANGED, ReasonCode.PROMOTION_EXPIRED,
                ReasonCode.PROMOTION_NOT_STARTED, ReasonCode.PROMOTION_LEFT_OUT, ReasonCode.BUNDLE_COMPOSITION_CHANGED),
                lines.stream().map(l -> l.atMoment(moment)).toList()));
    }

    private static Mistake replaced(List<WhatIf> lines, int line, WhatIf with, String name, ReasonCode... told) {
        List<WhatIf> changed = new ArrayList<>(lines);
        changed.set(line, with);
        return new Mistake(name, Set.of(told), changed);
    }

    private Optional<WhatIf> leftOut(WhatIf line) {
        try {
            List<PriceAnswer.AppliedPromotion> applied = line.price().promotions();
            return applied.isEmpty() ? Optional.empty()
                    : Optional.of(line.withoutPromotion(applied.get(random.nextInt(applied.size())).code()));
        } catch (PricingException notSold) {
            return Optional.empty();
        }
    }

    private Optional<WhatIf> outOfWindow(WhatIf line) {
        List<Promotion> candidates = new ArrayList<>();
        for (Promotion p : line.promotions()) {
            PromotionScope scope = p.scope();
            Optional<TimeWindow> window = p.window().in(line.branch().zone());
            if (scope.coversBranch(line.branch().code()) && scope.coversChannel(line.channel())
                    && scope.coversService(line.service()) && p.appliesToCurrency(line.branch().currency())
                    && window.isPresent() && !window.get().contains(line.at())
                    && within(window.get().to() != null && !window.get().to().isAfter(line.at())
                    ? window.get().to() : window.get().from(), line.at())) {
                candidates.add(p);
            }
        }
        return pick(candidates).map(line::withPromotion);
    }

    private Optional<WhatIf> outOfScope(WhatIf line) {
        List<Promotion> candidates = new ArrayList<>();
        for (Promotion p : snapshot.promotions()) {
            if (p.appliesToCurrency(line.branch().currency())
                    && p.window().in(line.branch().zone()).filter(w -> w.contains(line.at())).isPresent()
                    && ScopeExclusions.exclusion(p, line) != null) {
                candidates.add(p);
            }
        }
        return pick(candidates).map(line::withPromotion);
    }

    private Optional<WhatIf> otherComposition(WhatIf line) {
        List<Composition> others = line.service().compositions().stream()
                .filter(c -> !c.window().contains(line.at()))
                .filter(c -> within(c.window().to() != null && !c.window().to().isAfter(line.at()) ? c.window().to()
                        : c.window().from(), line.at()))
                .toList();
        return pick(others).map(line::withComposition);
    }

    private Optional<WhatIf> dropped(WhatIf line) {
        Optional<Composition> composition = line.service().compositionAt(line.at());
        if (composition.isEmpty() || composition.get().components().size() < 2) {
            return Optional.empty();
        }
        List<Component> kept = new ArrayList<>(composition.get().components());
        kept.remove(random.nextInt(kept.size()));
        return Optional.of(line.withComponents(composition.get(), kept, true));
    }

    private boolean within(Instant instant, Instant at) {
        return !instant.isBefore(at.minus(lookback)) && !instant.isAfter(at.plus(lookback));
    }

    private <T> Optional<T> pick(List<T> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(random.nextInt(values.size())));
    }
}
