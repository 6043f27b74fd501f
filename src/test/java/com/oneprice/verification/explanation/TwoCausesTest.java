package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.CatalogSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.oneprice.pricing.engine.CatalogFixture.LONG_AGO;
import static com.oneprice.pricing.engine.CatalogFixture.WEB_CHAT;
import static com.oneprice.pricing.engine.CatalogFixture.branch;
import static com.oneprice.pricing.engine.CatalogFixture.clinicNetwork;
import static com.oneprice.pricing.engine.CatalogFixture.component;
import static com.oneprice.pricing.engine.CatalogFixture.promotion;
import static com.oneprice.pricing.engine.CatalogFixture.promotionCode;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.pricing.engine.CatalogFixture.service;
import static com.oneprice.pricing.engine.CatalogFixture.rub;
import static com.oneprice.pricing.engine.CatalogFixture.sum;
import static com.oneprice.pricing.engine.CatalogFixture.sumMinusPercent;
import static com.oneprice.verification.explanation.VerifierTest.AT;
import static com.oneprice.verification.explanation.VerifierTest.codes;
import static com.oneprice.verification.explanation.VerifierTest.message;
import static com.oneprice.verification.explanation.VerifierTest.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Real mistakes combine: two causes at once, each told as its own reason. */
class TwoCausesTest {

    @Test
    void another_branchs_screen_showing_last_months_price_is_that_branch_and_that_change() {
        Instant change = AT.minus(Duration.ofDays(10));
        CatalogSnapshot snapshot = clinicNetwork()
                .price("MRI-KNEE", "central", "3800.00", LONG_AGO, change)
                .price("MRI-KNEE", "central", "4000.00", change, null)
                .price("MRI-KNEE", "north", "5000.00")
                .price("MRI-KNEE", "east", "4200.00")
                .build();

        Verdict verdict = verify(snapshot, request("north", AT, "MRI-KNEE"), "3800.00");

        assertEquals(List.of(ReasonCode.BRANCH_PRICE_DIFFERS, ReasonCode.PRICE_CHANGED), codes(verdict));
        assertEquals(branch("central"), verdict.reasons().get(0).branch());
        assertEquals(change, verdict.reasons().get(1).instant());
    }

    @Test
    void a_chat_widget_quoting_the_web_only_discount_for_the_wrong_branch_is_that_branch_and_that_channel() {
        CatalogSnapshot snapshot = clinicNetwork()
                .price("MRI-KNEE", "central", "4000.00")
                .price("MRI-KNEE", "north", "5000.00")
                .price("MRI-KNEE", "east", "4200.00")
                .promotion(promotion("CHAT-MRI").services("MRI-KNEE").channels(WEB_CHAT))
                .build();

        Verdict verdict = verify(snapshot, request("north", AT, "MRI-KNEE"), "3600.00");

        assertEquals(List.of(ReasonCode.BRANCH_PRICE_DIFFERS, ReasonCode.PROMOTION_NOT_APPLICABLE), codes(verdict));
        assertEquals(promotionCode("CHAT-MRI"), verdict.reasons().get(1).promotion());
    }

    @Test
    void a_website_caching_yesterdays_bundle_price_with_a_component_fewer_is_that_change_and_that_part() {
        Instant ecgRose = AT.minus(Duration.ofDays(1));
        CatalogSnapshot snapshot = clinicNetwork()
                .price("BLOOD-CBC", "500.00").price("THERAPIST", "2500.00")
                .price("ECG", null, "800.00", LONG_AGO, ecgRose)
                .price("ECG", null, "1000.00", ecgRose, null)
                .bundle("CHECKUP", sum(), component("BLOOD-CBC", 1), component("ECG", 1), component("THERAPIST", 1))
                .build();

        Verdict verdict = verify(snapshot, request("north", AT, "CHECKUP"), "1300.00");

        assertEquals(List.of(ReasonCode.PRICE_CHANGED, ReasonCode.BUNDLE_PARTIAL), codes(verdict));
        assertEquals(ecgRose, verdict.reasons().get(0).instant());
        assertEquals(List.of(service("THERAPIST")), verdict.reasons().get(1).services());
    }

    @Test
    void two_lines_each_with_its_own_mistake_are_told_line_by_line() {
        CatalogSnapshot snapshot = clinicNetwork()
                .price("MRI-KNEE", "5000.00").price("BLOOD-CBC", "500.00").price("ECG", "1000.00")
                .price("THERAPIST", "2500.00")
                .bundle("CHECKUP", sum(), component("BLOOD-CBC", 1), component("ECG", 1), component("THERAPIST", 1))
                .promotion(promotion("MRI-WEEK").services("MRI-KNEE").percent("10")
                        .between(AT.minus(Duration.ofDays(2)), AT.plus(Duration.ofDays(5))))
                .build();

        Verdict verdict = verify(snapshot, request("north", AT, "MRI-KNEE", "CHECKUP"), "6500.00");

        // the most plausible first; others follow (the quote made when MRI-WEEK ends, with the same bundle part)
        assertEquals(List.of(ReasonCode.PROMOTION_LEFT_OUT, ReasonCode.BUNDLE_PARTIAL), codes(verdict).subList(0, 2));
        assertEquals(Integer.valueOf(0), verdict.reasons().get(0).explained().line());
        assertEquals(Integer.valueOf(1), verdict.reasons().get(1).explained().line());
        assertEquals("RUB 1,500.00 is the price of CHECKUP without THERAPIST", message(verdict.reasons().get(1)));
    }

    @Test
    void last_months_quote_with_the_lab_week_discount_given_to_the_mri_too_is_that_moment_and_that_scope() {
        // the MRI's price never changed, so the search prices it once for every moment; LAB-WEEK still ran 20 days ago
        CatalogSnapshot snapshot = clinicNetwork()
                .price("MRI-KNEE", "5000.00").price("BLOOD-CBC", "500.00")
                .promotion(promotion("LAB-WEEK").services("BLOOD-CBC")
                        .between(AT.minus(Duration.ofDays(20)), AT.minus(Duration.ofDays(5))))
                .build();

        Verdict verdict = verify(snapshot, request("north", AT, "MRI-KNEE", "BLOOD-CBC"), "4950.00");

        assertEquals(List.of(ReasonCode.PROMOTION_EXPIRED, ReasonCode.PROMOTION_NOT_APPLICABLE),
                codes(verdict).subList(0, 2));
        assertEquals(List.of(service("BLOOD-CBC")), verdict.reasons().get(0).services());
        assertEquals(promotionCode("LAB-WEEK"), verdict.reasons().get(1).promotion());
        assertEquals(List.of(service("MRI-KNEE")), verdict.reasons().get(1).services());
    }

    @Test
    void a_check_up_without_its_blood_test_quoted_without_the_fixed_price_that_only_the_partial_sum_gets_is_both() {
        // whole, the check-up costs 2870.00, below the fixed 3000.00; without BLOOD-CBC its plain sum is 3600.00
        CatalogSnapshot snapshot = clinicNetwork()
                .price("BLOOD-CBC", "500.00").price("ECG", "1000.00").price("THERAPIST", "2600.00")
                .bundle("CHECKUP", sumMinusPercent("30"), component("BLOOD-CBC", 1), component("ECG", 1),
                        component("THERAPIST", 1))
                .promotion(promotion("CHECKUP-3000").services("CHECKUP").fixedPrice(rub("3000.00")))
                .build();

        Verdict verdict = verify(snapshot, request("north", AT, "CHECKUP"), "3600.00");

        assertEquals(List.of(ReasonCode.BUNDLE_PARTIAL, ReasonCode.PROMOTION_LEFT_OUT), codes(verdict));
        assertEquals(List.of(service("BLOOD-CBC")), verdict.reasons().get(0).services());
        assertEquals(promotionCode("CHECKUP-3000"), verdict.reasons().get(1).promotion());
    }
}
