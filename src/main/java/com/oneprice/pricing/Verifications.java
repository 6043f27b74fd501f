package com.oneprice.pricing;

import com.oneprice.platform.ApiException;
import com.oneprice.platform.ReadAccess;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.pricing.engine.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Verification of a quoted amount: price, compare, explain. */
@ApplicationScoped
public class Verifications {

    @Inject
    Pricing pricing;

    @ReadAccess
    public PriceAnswerJson verify(VerifyRequest body) {
        CatalogSnapshot snapshot = pricing.snapshot();
        PriceRequest request = pricing.request(body.branch(), body.at(), body.channel(), body.items());
        PriceAnswer answer = pricing.price(snapshot, request);
        if (body.quotedTotal() == null) {
            return Pricing.json(answer, null);
        }
        Money quoted = pricing.money("quotedTotal", body.quotedTotal());
        if (!quoted.currency().equals(answer.total().currency())) {
            throw ApiException.invalidField("quotedTotal.currency", "branch " + request.branch() + " prices in "
                    + answer.total().currency().getCurrencyCode() + ", not " + quoted.currency().getCurrencyCode());
        }
        Verdict verdict = pricing.verify(snapshot, request, answer, quoted);
        return Pricing.json(answer, Pricing.json(verdict, answer.total(), pricing.zero(answer), null));
    }
}
