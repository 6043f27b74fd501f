package com.oneprice.verification.explanation;

import org.junit.jupiter.api.Test;

import static com.oneprice.pricing.engine.CatalogFixture.component;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.pricing.engine.CatalogFixture.sum;
import static com.oneprice.verification.explanation.VerifierTest.AT;
import static com.oneprice.verification.explanation.VerifierTest.checkUpComponentsPriced;
import static com.oneprice.verification.explanation.VerifierTest.checkUpTenPercentOff;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PartialBundlesTest {

    @Test
    void a_sum_bundle_of_three_is_taken_apart_into_its_six_proper_parts() {
        assertEquals(6, RuleFixture.variants(new PartialBundles(), checkUpComponentsPriced()
                .bundle("CHECKUP", sum(), component("BLOOD-CBC", 1), component("ECG", 1), component("THERAPIST", 1))
                .build(), request("north", AT, "CHECKUP"), 0).size());
    }

    @Test
    void a_bundle_with_its_own_discount_is_also_priced_under_it_without_each_part() {
        assertEquals(12, RuleFixture.variants(new PartialBundles(), checkUpTenPercentOff(),
                request("north", AT, "CHECKUP"), 0).size());
    }

    @Test
    void a_simple_service_has_no_parts() {
        assertEquals(0, RuleFixture.variants(new PartialBundles(), checkUpTenPercentOff(),
                request("north", AT, "ECG"), 0).size());
    }
}
