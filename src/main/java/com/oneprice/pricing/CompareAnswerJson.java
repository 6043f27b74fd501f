package com.oneprice.pricing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.oneprice.platform.api.MoneyJson;
import com.oneprice.words.Spoken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "PriceComparison", description = "One service at every active branch that sells it at that moment, "
        + "cheapest first (ties by branch code); each with its `say`, in the language `Accept-Language` chose.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompareAnswerJson(
        @Schema(example = "MRI-KNEE") String service,
        Instant at,
        @Schema(example = "PHONE") String channel,
        @Schema(example = "42") long catalogVersion,
        List<BranchPrice> branches) implements Spoken {

    @Schema(name = "BranchPrice")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BranchPrice(@Schema(example = "central") String branch, MoneyJson listPrice, MoneyJson price,
                              List<PriceAnswerJson.AppliedPromotionJson> promotions, Instant validUntil,
                              @Schema(description = "one sentence to read aloud: the price at that branch, what it "
                                      + "includes, until when it holds") String say) {
    }
}
