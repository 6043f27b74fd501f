package com.oneprice.pricing.engine;

import com.oneprice.verification.explanation.Reason;
import com.oneprice.verification.explanation.ReasonCode;
import com.oneprice.verification.explanation.Verdict;
import com.oneprice.verification.explanation.Verifier;
import com.oneprice.verification.Wording;
import com.oneprice.verification.explanation.VerifyOptions;
import com.oneprice.words.Language;
import com.oneprice.words.Words;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.oneprice.pricing.engine.CatalogFixture.MOSCOW;
import static com.oneprice.pricing.engine.CatalogFixture.PHONE;
import static com.oneprice.pricing.engine.CatalogFixture.branch;
import static com.oneprice.pricing.engine.CatalogFixture.clinicNetwork;
import static com.oneprice.pricing.engine.CatalogFixture.component;
import static com.oneprice.pricing.engine.CatalogFixture.eur;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.pricing.engine.CatalogFixture.rub;
import static com.oneprice.pricing.engine.CatalogFixture.service;
import static com.oneprice.pricing.engine.CatalogFixture.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service with no price at a branch and moment is not sold there: pricing it is refused naming the item (and a
 * bundle's component), compare and the verifier leave that branch out.
 */
class NotSoldThereTest {

    static final Instant AT = Instant.parse("2026-06-15T09:00:00Z");

    /** The MRI machine exists at central and east only; the ECG is sold everywhere; a check-up bundles both. */
    static CatalogSnapshot mriAtTwoBranches() {
        return clinicNetwork()
                .price("MRI-KNEE", "central", "5000.00")
                .price("MRI-KNEE", "east", "4200.00")
                .price("ECG", "800.00")
                .bundle("MRI-CHECKUP", sum(), component("ECG", 1), component("MRI-KNEE", 1))
                .bundle("FULL-CHECKUP", sum(), component("ECG", 1), component("MRI-CHECKUP", 1))
                .inactiveBranch("old", MOSCOW)
                .price("MRI-KNEE", "old", "3000.00")
                .build();
    }

    @Test
    void a_service_priced_at_other_branches_only_is_not_sold_here_naming_its_item() {
        PricingException.NotSold refused = assertThrows(PricingException.NotSold.class, () -> PricingEngine.price(
                mriAtTwoBranches(), request("north", AT, "ECG", "MRI-KNEE")));

        assertEquals("items[1].service", refused.field());
        assertEquals(service("MRI-KNEE"), refused.service());
        assertNull(refused.component());
        assertEquals(branch("north"), refused.branch());
        assertEquals("service 'MRI-KNEE' is not sold at branch 'north' at 2026-06-15T12:00+03:00: it has no price "
                + "in RUB there then", refused.getMessage());
    }

    @Test
    void a_bundle_with_a_component_sold_elsewhere_only_is_not_sold_and_names_that_component() {
        PricingException.NotSold refused = assertThrows(PricingException.NotSold.class, () -> PricingEngine.price(
                mriAtTwoBranches(), request("north", AT, "FULL-CHECKUP")));

        assertEquals("items[0].service", refused.field());
        assertEquals(service("FULL-CHECKUP"), refused.service());
        assertEquals(service("MRI-KNEE"), refused.component());
        assertTrue(refused.getMessage().endsWith(": its component 'MRI-KNEE' has no price in RUB there then"),
                refused.getMessage());
    }

    @Test
    void a_price_in_another_currency_than_the_branchs_does_not_sell_it_there() {
        CatalogSnapshot snapshot = clinicNetwork()
                .price("ECG", null, eur("10.00"), CatalogFixture.LONG_AGO, null)
                .build();

        assertThrows(PricingException.NotSold.class, () -> PricingEngine.price(snapshot, request("north", AT, "ECG")));
    }

    @Test
    void compare_lists_only_the_active_branches_that_sell_it() {
        List<PriceAnswer> answers = PricingEngine.compare(mriAtTwoBranches(), service("MRI-KNEE"), AT, PHONE);

        assertEquals(List.of(branch("east"), branch("central")), answers.stream().map(PriceAnswer::branch).toList());
        assertEquals(List.of(), PricingEngine.compare(mriAtTwoBranches(), service("THERAPIST"), AT, PHONE));
    }

    @Test
    void compare_refuses_a_service_that_does_not_exist_naming_it() {
        PricingException refused = assertThrows(PricingException.UnknownService.class, () -> PricingEngine.compare(
                mriAtTwoBranches(), service("PET-CT"), AT, PHONE));

        assertEquals("items[0].service", refused.field());
    }

    @Test
    void verify_skips_the_branches_that_do_not_sell_the_items_and_finds_the_one_that_does() {
        CatalogSnapshot snapshot = mriAtTwoBranches();
        PriceRequest request = request("central", AT, "ECG", "MRI-KNEE");

        Verdict verdict = Verifier.verify(snapshot, request, PricingEngine.price(snapshot, request), rub("5000.00"),
                VerifyOptions.defaults());

        assertEquals(Verdict.Status.MISMATCH, verdict.status());
        assertEquals(List.of(ReasonCode.BRANCH_PRICE_DIFFERS), verdict.reasons().stream().map(Reason::code).toList());
        assertEquals(branch("east"), verdict.reasons().get(0).branch());
        assertEquals("RUB 5,000.00 is the price at branch east, not central",
                Wording.sentence(verdict.reasons().get(0), new Words(Language.EN, MOSCOW, AT)));
    }
}
