package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.CatalogSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.oneprice.pricing.engine.CatalogFixture.WEB_CHAT;
import static com.oneprice.pricing.engine.CatalogFixture.promotion;
import static com.oneprice.pricing.engine.CatalogFixture.promotionCode;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.verification.explanation.VerifierTest.AT;
import static com.oneprice.verification.explanation.VerifierTest.kneeMriAt5000;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Branch and service scopes here, channels in {@link OtherChannelsTest}: one part of the scope at a time. */
class PromotionScopesTest {

    static CatalogSnapshot fourPromotions() {
        return kneeMriAt5000()
                .promotion(promotion("CENTRAL-MRI").services("MRI-KNEE").branches("central"))
                .promotion(promotion("HIP-MRI").services("MRI-HIP"))
                .promotion(promotion("CHAT-MRI").services("MRI-KNEE").channels(WEB_CHAT))
                .promotion(promotion("CENTRAL-HIP").services("MRI-HIP").branches("central"))
                .build();
    }

    @Test
    void a_running_promotion_left_out_by_its_branch_or_its_services_alone_is_a_variant() {
        List<Cause> causes = RuleFixture.causes(new PromotionScopes(new ScopeExclusions()), fourPromotions(),
                request("north", AT, "MRI-KNEE"), 0);

        assertEquals(List.of(promotionCode("CENTRAL-MRI"), promotionCode("HIP-MRI")),
                causes.stream().map(c -> ((Cause.WithPromotion) c).promotion().code()).sorted().toList());
    }

    @Test
    void a_promotion_for_another_channel_is_a_variant_of_the_channel_rule_only() {
        List<Cause> causes = RuleFixture.causes(new OtherChannels(new ScopeExclusions()), fourPromotions(),
                request("north", AT, "MRI-KNEE"), 0);

        assertEquals(List.of(promotionCode("CHAT-MRI")),
                causes.stream().map(c -> ((Cause.WithPromotion) c).promotion().code()).toList());
        assertEquals(Reason.Exclusion.Part.CHANNEL, ((Cause.WithPromotion) causes.get(0)).exclusion().part());
    }
}
