package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.CatalogSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.oneprice.pricing.engine.CatalogFixture.PHONE;
import static com.oneprice.pricing.engine.CatalogFixture.item;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.pricing.engine.CatalogFixture.service;
import static com.oneprice.verification.explanation.VerifierTest.AT;
import static com.oneprice.verification.explanation.VerifierTest.checkUpComponentsPriced;
import static com.oneprice.verification.explanation.VerifierTest.message;
import static com.oneprice.verification.explanation.VerifierTest.onlyReason;
import static com.oneprice.verification.explanation.VerifierTest.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OtherQuantitiesTest {

    static final CatalogSnapshot LAB = checkUpComponentsPriced().build();

    @Test
    void one_unit_quoted_for_three_is_told_with_both_quantities() {
        Reason reason = onlyReason(verify(LAB, request("north", AT, PHONE, item("BLOOD-CBC", 3)), "500.00"));

        assertEquals(ReasonCode.QUANTITY_DIFFERS, reason.code());
        assertEquals(List.of(service("BLOOD-CBC")), reason.services());
        assertEquals("RUB 500.00 is the price of 1 × BLOOD-CBC, not 3", message(reason));
    }

    @Test
    void the_quantities_tried_are_up_to_ten_fewer_and_one_more_never_none() {
        List<Cause> causes = RuleFixture.causes(new OtherQuantities(), LAB,
                request("north", AT, PHONE, item("ECG", 12), item("THERAPIST", 1)), 0);

        assertEquals(List.of(11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 13),
                causes.stream().map(c -> ((Cause.OtherQuantity) c).quantity()).toList());
    }
}
