package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.CatalogSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.oneprice.pricing.engine.CatalogFixture.EUR;
import static com.oneprice.pricing.engine.CatalogFixture.LONG_AGO;
import static com.oneprice.pricing.engine.CatalogFixture.MOSCOW;
import static com.oneprice.pricing.engine.CatalogFixture.branch;
import static com.oneprice.pricing.engine.CatalogFixture.clinicNetwork;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.verification.explanation.VerifierTest.AT;
import static com.oneprice.verification.explanation.VerifierTest.onlyReason;
import static com.oneprice.verification.explanation.VerifierTest.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OtherBranchesTest {

    @Test
    void every_other_active_branch_pricing_in_the_same_currency_is_tried_in_the_order_of_their_codes() {
        CatalogSnapshot snapshot = clinicNetwork().inactiveBranch("closed", MOSCOW).branch("berlin", MOSCOW, EUR)
                .price("MRI-KNEE", "5000.00").build();

        List<Cause> causes = RuleFixture.causes(new OtherBranches(), snapshot, request("north", AT, "MRI-KNEE"), 0);

        assertEquals(List.of(branch("central"), branch("east")),
                causes.stream().map(c -> ((Cause.OtherBranch) c).branch().code()).toList());
    }

    @Test
    void a_branch_that_does_not_sell_the_item_is_passed_over() {
        CatalogSnapshot snapshot = clinicNetwork()
                .price("MRI-KNEE", null, "4000.00", LONG_AGO, AT.minus(Duration.ofDays(400)))
                .price("MRI-KNEE", "north", "5000.00")
                .price("MRI-KNEE", "east", "4200.00")
                .build();

        Reason reason = onlyReason(verify(snapshot, request("north", AT, "MRI-KNEE"), "4200.00"));

        assertEquals(ReasonCode.BRANCH_PRICE_DIFFERS, reason.code());
        assertEquals(branch("east"), reason.branch());
    }
}
