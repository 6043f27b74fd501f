package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.oneprice.pricing.engine.CatalogFixture.LONG_AGO;
import static com.oneprice.pricing.engine.CatalogFixture.component;
import static com.oneprice.pricing.engine.CatalogFixture.composition;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.pricing.engine.CatalogFixture.service;
import static com.oneprice.pricing.engine.CatalogFixture.sum;
import static com.oneprice.verification.explanation.VerifierTest.AT;
import static com.oneprice.verification.explanation.VerifierTest.checkUpComponentsPriced;
import static com.oneprice.verification.explanation.VerifierTest.message;
import static com.oneprice.verification.explanation.VerifierTest.onlyReason;
import static com.oneprice.verification.explanation.VerifierTest.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OtherCompositionsTest {

    @Test
    void the_price_of_the_next_composition_at_todays_prices_is_explained_with_when_it_starts() {
        Instant change = AT.plus(Duration.ofDays(40));
        CatalogSnapshot snapshot = checkUpComponentsPriced()
                .bundle("CHECKUP",
                        composition(new TimeWindow(LONG_AGO, change), sum(), component("BLOOD-CBC", 1),
                                component("ECG", 1)),
                        composition(TimeWindow.from(change), sum(), component("BLOOD-CBC", 1),
                                component("ECG", 1), component("THERAPIST", 1)))
                .build();

        Reason reason = onlyReason(verify(snapshot, request("north", AT, "CHECKUP"), "4000.00"));

        assertEquals(ReasonCode.BUNDLE_COMPOSITION_CHANGED, reason.code());
        assertEquals(change, reason.instant());
        assertEquals(List.of(service("CHECKUP")), reason.services());
        assertEquals("RUB 4,000.00 will be the price of CHECKUP with the composition from 25 July, 12:00 (Moscow time)",
                message(reason));
    }
}
