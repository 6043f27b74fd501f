package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.CatalogSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.oneprice.pricing.engine.CatalogFixture.LONG_AGO;
import static com.oneprice.pricing.engine.CatalogFixture.clinicNetwork;
import static com.oneprice.pricing.engine.CatalogFixture.promotion;
import static com.oneprice.pricing.engine.CatalogFixture.promotionCode;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.verification.explanation.VerifierTest.AT;
import static com.oneprice.verification.explanation.VerifierTest.kneeMriAt5000;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PromotionWindowsTest {

    @Test
    void promotions_that_ended_within_the_lookback_or_start_within_as_long_ahead_are_applied_and_no_others() {
        CatalogSnapshot snapshot = kneeMriAt5000()
                .promotion(promotion("ENDED").services("MRI-KNEE")
                        .between(AT.minus(Duration.ofDays(30)), AT.minus(Duration.ofDays(20))))
                .promotion(promotion("ENDED-LONG-AGO").services("MRI-KNEE")
                        .between(AT.minus(Duration.ofDays(300)), AT.minus(Duration.ofDays(200))))
                .promotion(promotion("NEXT-WEEK").services("MRI-KNEE")
                        .between(AT.plus(Duration.ofDays(7)), AT.plus(Duration.ofDays(14))))
                .promotion(promotion("RUNNING").services("MRI-KNEE")
                        .between(AT.minus(Duration.ofDays(1)), AT.plus(Duration.ofDays(1))))
                .build();

        List<Cause> causes = RuleFixture.causes(new PromotionWindows(), snapshot, request("north", AT, "MRI-KNEE"), 0);

        assertEquals(List.of(promotionCode("ENDED"), promotionCode("NEXT-WEEK")),
                causes.stream().map(c -> ((Cause.WithPromotion) c).promotion().code()).sorted().toList());
    }

    @Test
    void an_ended_promotion_applied_to_todays_price_is_explained_as_expired() {
        Instant rise = AT.minus(Duration.ofDays(10));
        CatalogSnapshot snapshot = clinicNetwork()
                .price("MRI-KNEE", null, "5000.00", LONG_AGO, rise)
                .price("MRI-KNEE", null, "6000.00", rise, null)
                .promotion(promotion("ENDED").services("MRI-KNEE").percent("10")
                        .between(AT.minus(Duration.ofDays(30)), AT.minus(Duration.ofDays(20))))
                .build();

        Verdict verdict = VerifierTest.verify(snapshot, request("north", AT, "MRI-KNEE"), "5400.00");

        assertEquals(ReasonCode.PROMOTION_EXPIRED, VerifierTest.onlyReason(verdict).code());
        assertEquals(AT.minus(Duration.ofDays(20)), verdict.reasons().get(0).instant());
    }
}
