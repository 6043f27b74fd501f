package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.CatalogSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.oneprice.pricing.engine.CatalogFixture.LONG_AGO;
import static com.oneprice.pricing.engine.CatalogFixture.clinicNetwork;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.verification.explanation.VerifierTest.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OtherMomentsTest {

    @Test
    void the_moments_are_the_next_change_then_each_change_in_the_lookback_nearest_first_then_its_start() {
        Instant longBefore = AT.minus(Duration.ofDays(400));
        Instant before = AT.minus(Duration.ofDays(100));
        Instant recently = AT.minus(Duration.ofDays(10));
        Instant ahead = AT.plus(Duration.ofDays(20));
        CatalogSnapshot snapshot = clinicNetwork()
                .price("MRI-KNEE", null, "4000.00", LONG_AGO, longBefore)
                .price("MRI-KNEE", null, "4100.00", longBefore, before)
                .price("MRI-KNEE", null, "4200.00", before, recently)
                .price("MRI-KNEE", null, "4300.00", recently, ahead)
                .price("MRI-KNEE", null, "4400.00", ahead, null)
                .build();

        List<Cause> causes = RuleFixture.causes(new OtherMoments(), snapshot, request("north", AT, "MRI-KNEE"), 0);

        assertEquals(List.of(ahead, recently, before, AT.minus(Duration.ofDays(180))),
                causes.stream().map(c -> ((Cause.OtherMoment) c).moment()).toList());
    }
}
