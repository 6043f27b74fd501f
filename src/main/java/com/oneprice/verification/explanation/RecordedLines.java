package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.Composition;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.pricing.engine.Promotion;
import com.oneprice.pricing.engine.PromotionCode;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.pricing.engine.TimeWindow;
import com.oneprice.pricing.engine.WhatIf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A presented quote explained line by line against its own recorded lines: for each line whose amount differs from
 * the same item priced now at the quote's branch, by how much and why — its list price changed, a promotion it had
 * ended, was withdrawn or is out of scope here, one it lacks runs now, its bundle's composition changed. Every reason
 * names its line and the line's service.
 */
public final class RecordedLines {

    private RecordedLines() {
    }

    /**
     * @param request  the quote's items at its own branch and channel, at the moment asked about
     * @param recorded the lines the quote recorded when it was priced, at {@code pricedAt}
     * @param current  {@code request}'s lines as the engine prices them now
     */
    public static List<Reason> explain(CatalogSnapshot snapshot, PriceRequest request, Instant pricedAt,
                                       List<PriceAnswer.Line> recorded, List<PriceAnswer.Line> current) {
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < recorded.size() && i < current.size(); i++) {
            PriceAnswer.Line then = recorded.get(i);
            PriceAnswer.Line now = current.get(i);
            if (then.lineTotal().equals(now.lineTotal())) {
                continue;
            }
            Explained explained = Explained.line(i, then.lineTotal(), then.lineTotal().minus(now.lineTotal()));
            WhatIf line = WhatIf.line(snapshot, request, i);
            reasons.addAll(promotions(snapshot, line, explained, then, now));
            if (!MomentChanges.sameComposition(then, now)) {
                Instant since = line.service().compositionAt(line.at()).map(Composition::window)
                        .map(TimeWindow::from).orElse(line.at());
                reasons.add(new Reason.CompositionChanged(explained, now.service(), since, true));
            } else if (!then.listPrice().equals(now.listPrice())) {
                Money listNow = now.listPrice();
                Instant change = MomentChanges.firstChange(snapshot, line.at(), line.atMoment(pricedAt), pricedAt,
                        l -> l.listPrice().equals(listNow));
                reasons.add(new Reason.PriceChanged(explained, now.service(), then.listPrice(), listNow, change,
                        pricedAt.isBefore(line.at()), line.at()));
            }
        }
        return reasons;
    }

    private static List<Reason> promotions(CatalogSnapshot snapshot, WhatIf line, Explained explained,
                                           PriceAnswer.Line then, PriceAnswer.Line now) {
        List<Reason> reasons = new ArrayList<>();
        List<ServiceCode> service = List.of(now.service());
        Set<PromotionCode> applied = codes(now);
        for (PromotionCode code : codes(then)) {
            if (applied.contains(code)) {
                continue;
            }
            Optional<Promotion> promotion = find(snapshot, code);
            Optional<TimeWindow> window = promotion.flatMap(p -> p.window().in(line.branch().zone()));
            if (promotion.isEmpty()) {
                reasons.add(new Reason.PromotionExpired(explained, code, null, service));
            } else if (window.isPresent() && window.get().to() != null && !window.get().to().isAfter(line.at())) {
                reasons.add(new Reason.PromotionExpired(explained, code, window.get().to(), service));
            } else if (window.isPresent() && window.get().from().isAfter(line.at())) {
                reasons.add(new Reason.PromotionNotStarted(explained, code, window.get().from(), service));
            } else {
                Reason.Exclusion exclusion = ScopeExclusions.exclusion(promotion.get(), line);
                if (exclusion != null) {
                    reasons.add(new Reason.PromotionNotApplicable(explained, code, exclusion, service));
                }
            }
        }
        Set<PromotionCode> recorded = codes(then);
        for (PromotionCode code : applied) {
            if (!recorded.contains(code)) {
                find(snapshot, code).flatMap(p -> p.window().in(line.branch().zone())).ifPresent(window ->
                        reasons.add(new Reason.PromotionLeftOut(explained, code, window.from(), window.to(), service)));
            }
        }
        return reasons;
    }

    private static Optional<Promotion> find(CatalogSnapshot snapshot, PromotionCode code) {
        return snapshot.promotions().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    private static Set<PromotionCode> codes(PriceAnswer.Line line) {
        return line.promotions().stream().map(PriceAnswer.AppliedPromotion::code).collect(Collectors.toSet());
    }
}
