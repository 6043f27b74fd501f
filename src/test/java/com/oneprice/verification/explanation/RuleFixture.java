package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.pricing.engine.PricingEngine;
import com.oneprice.pricing.engine.WhatIf;

import java.util.List;
import java.util.stream.IntStream;

import static com.oneprice.pricing.engine.CatalogFixture.rub;

/** A rule asked directly: the variants it makes of one line of a request as the engine prices it now. */
final class RuleFixture {

    private RuleFixture() {
    }

    static Priced now(CatalogSnapshot snapshot, PriceRequest request) {
        PriceAnswer answer = PricingEngine.price(snapshot, request);
        List<WhatIf> whatIfs = IntStream.range(0, request.items().size())
                .mapToObj(i -> WhatIf.line(snapshot, request, i)).toList();
        return new Priced(whatIfs, answer.lines());
    }

    static Situation situation(CatalogSnapshot snapshot, PriceRequest request) {
        return Situation.of(snapshot, request, snapshot.branch(request.branch()).orElseThrow(), rub("0.00"),
                VerifyOptions.defaults());
    }

    static List<Rule.Variant> variants(Rule rule, CatalogSnapshot snapshot, PriceRequest request, int line) {
        return rule.variants(situation(snapshot, request), now(snapshot, request), line);
    }

    static List<Cause> causes(Rule rule, CatalogSnapshot snapshot, PriceRequest request, int line) {
        return variants(rule, snapshot, request, line).stream().map(Rule.Variant::cause).toList();
    }
}
