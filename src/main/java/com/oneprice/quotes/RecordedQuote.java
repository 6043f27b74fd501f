package com.oneprice.quotes;

import com.oneprice.pricing.ItemJson;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;

import java.time.Instant;
import java.util.List;

/** A recorded quote as verification reads it: what was promised, where, for when, and where it stands now. */
public record RecordedQuote(String code, QuoteStatus status, String issuedBy, Instant expiresAt, String branch,
                            String channel, Instant pricedAt, List<ItemJson> items, List<PriceAnswer.Line> lines,
                            Money total) {

    public boolean expired() {
        return status == QuoteStatus.EXPIRED;
    }
}
