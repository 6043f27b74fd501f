package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.CatalogFixture;
import com.oneprice.pricing.engine.CatalogSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static com.oneprice.pricing.engine.CatalogFixture.LONG_AGO;
import static com.oneprice.pricing.engine.CatalogFixture.clinicNetwork;
import static com.oneprice.pricing.engine.CatalogFixture.promotion;
import static com.oneprice.pricing.engine.CatalogFixture.promotionCode;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.pricing.engine.CatalogFixture.service;
import static com.oneprice.verification.explanation.VerifierTest.codes;
import static com.oneprice.verification.explanation.VerifierTest.message;
import static com.oneprice.verification.explanation.VerifierTest.onlyReason;
import static com.oneprice.verification.explanation.VerifierTest.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The most common mistake of all: the price without a promotion that runs now, in both of its directions. */
class PromotionsLeftOutTest {

    static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant MARCH = OffsetDateTime.parse("2026-03-01T00:00:00+03:00").toInstant();
    static final Instant APRIL = OffsetDateTime.parse("2026-04-01T00:00:00+03:00").toInstant();
    static final Instant MID_MARCH = OffsetDateTime.parse("2026-03-15T12:00:00+03:00").toInstant();

    /** The reproduction: 1000.00 from January, 10 % off over March. */
    static CatalogFixture tenPercentOverMarch() {
        return clinicNetwork()
                .promotion(promotion("MARCH-MRI").services("MRI-KNEE").percent("10").between(MARCH, APRIL));
    }

    @Test
    void the_price_without_a_running_promotion_is_explained_naming_the_promotion_and_its_window() {
        CatalogSnapshot snapshot = tenPercentOverMarch().price("MRI-KNEE", null, "1000.00", JANUARY, null).build();

        Reason reason = onlyReason(verify(snapshot, request("north", MID_MARCH, "MRI-KNEE"), "1000.00"));

        assertEquals(ReasonCode.PROMOTION_LEFT_OUT, reason.code());
        assertEquals(promotionCode("MARCH-MRI"), reason.promotion());
        assertEquals(MARCH, reason.instant());
        assertEquals(List.of(service("MRI-KNEE")), reason.services());
        assertEquals("RUB 1,000.00 is the price of MRI-KNEE without promotion MARCH-MRI, which runs from "
                + "1 March, 00:00 (Moscow time) until 31 March, 23:59 (Moscow time)", message(reason));
    }

    @Test
    void the_price_from_before_a_running_promotion_started_is_told_with_the_price_change_before_it() {
        Instant rise = OffsetDateTime.parse("2026-02-20T00:00:00+03:00").toInstant();
        CatalogSnapshot snapshot = tenPercentOverMarch()
                .price("MRI-KNEE", null, "950.00", LONG_AGO, rise)
                .price("MRI-KNEE", null, "1000.00", rise, null)
                .build();

        Verdict verdict = verify(snapshot, request("north", MID_MARCH, "MRI-KNEE"), "950.00");

        assertEquals(List.of(ReasonCode.PROMOTION_LEFT_OUT, ReasonCode.PRICE_CHANGED), codes(verdict));
        assertEquals(rise, verdict.reasons().get(1).instant());
    }

    @Test
    void the_list_price_once_a_running_promotion_ends_quoted_while_it_runs_is_left_out_too() {
        CatalogSnapshot snapshot = tenPercentOverMarch()
                .price("MRI-KNEE", null, "1000.00", JANUARY, APRIL)
                .price("MRI-KNEE", null, "1100.00", APRIL, null)
                .build();

        Verdict verdict = verify(snapshot, request("north", MID_MARCH, "MRI-KNEE"), "1100.00");

        assertEquals(List.of(ReasonCode.PROMOTION_LEFT_OUT, ReasonCode.PRICE_CHANGED), codes(verdict));
        assertEquals(APRIL, verdict.reasons().get(1).instant());
    }

    @Test
    void a_promotion_left_out_of_two_lines_of_three_is_told_first_as_one_cause() {
        CatalogSnapshot snapshot = tenPercentOverMarch().price("MRI-KNEE", null, "1000.00", JANUARY, null).build();

        // 1000.00 + 1000.00 + 900.00: the promotion applied to one line of three
        Verdict verdict = verify(snapshot, request("north", MID_MARCH, "MRI-KNEE", "MRI-KNEE", "MRI-KNEE"), "2900.00");

        Reason first = verdict.reasons().get(0);
        assertEquals(ReasonCode.PROMOTION_LEFT_OUT, first.code());
        assertEquals(promotionCode("MARCH-MRI"), first.promotion());
        assertEquals(List.of(service("MRI-KNEE"), service("MRI-KNEE")), first.services());
    }

    @Test
    void only_the_promotion_applied_to_the_line_is_left_out_not_one_it_beat() {
        CatalogSnapshot snapshot = tenPercentOverMarch().price("MRI-KNEE", null, "1000.00", JANUARY, null)
                .promotion(promotion("SMALLER-MRI").services("MRI-KNEE").percent("5").between(MARCH, APRIL))
                .build();
        List<Cause> causes = RuleFixture.causes(new PromotionsLeftOut(), snapshot,
                request("north", MID_MARCH, "MRI-KNEE"), 0);

        assertEquals(1, causes.size());
        assertEquals(promotionCode("MARCH-MRI"), ((Cause.WithoutPromotion) causes.get(0)).promotion().code());
    }
}
