package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Branch;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceRequest;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What every rule may read: the catalog, the request and its branch, the amount quoted and the search's bounds. */
record Situation(CatalogSnapshot snapshot, PriceRequest request, Branch here, Money quoted, VerifyOptions options,
                 List<Branch> otherBranches) {

    static Situation of(CatalogSnapshot snapshot, PriceRequest request, Branch here, Money quoted,
                        VerifyOptions options) {
        List<Branch> others = snapshot.branches().stream()
                .filter(b -> b.active() && !b.code().equals(here.code()) && b.currency().equals(here.currency()))
                .sorted(Comparator.comparing(Branch::code))
                .toList();
        return new Situation(snapshot, request, here, quoted, options, others);
    }

    Instant at() {
        return request.at();
    }

    Instant earliest() {
        return request.at().minus(options.lookback());
    }

    Instant latest() {
        return request.at().plus(options.lookback());
    }
}
