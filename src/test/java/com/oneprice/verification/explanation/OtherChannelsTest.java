package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.CatalogSnapshot;
import org.junit.jupiter.api.Test;

import static com.oneprice.pricing.engine.CatalogFixture.WEB_CHAT;
import static com.oneprice.pricing.engine.CatalogFixture.item;
import static com.oneprice.pricing.engine.CatalogFixture.promotion;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.verification.explanation.VerifierTest.AT;
import static com.oneprice.verification.explanation.VerifierTest.kneeMriAt5000;
import static com.oneprice.verification.explanation.VerifierTest.message;
import static com.oneprice.verification.explanation.VerifierTest.onlyReason;
import static com.oneprice.verification.explanation.VerifierTest.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OtherChannelsTest {

    @Test
    void a_request_without_a_channel_is_told_it_is_an_unnamed_one() {
        CatalogSnapshot snapshot = kneeMriAt5000()
                .promotion(promotion("CHAT-MRI").services("MRI-KNEE").channels(WEB_CHAT))
                .build();

        Reason reason = onlyReason(verify(snapshot, request("north", AT, null, item("MRI-KNEE", 1)), "4500.00"));

        assertEquals(ReasonCode.PROMOTION_NOT_APPLICABLE, reason.code());
        assertEquals("RUB 4,500.00 would be the price of MRI-KNEE with promotion CHAT-MRI, which applies only to "
                + "channels WEB_CHAT, not an unnamed channel", message(reason));
    }
}
