package com.oneprice.pricing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.oneprice.platform.MoneyJson;
import com.oneprice.pricing.engine.ReasonCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The authoritative price answer, and with a quoted amount or code, the verdict. */
@Schema(name = "PriceAnswer", description = "The authoritative price for a branch, a moment and a channel. "
        + "`validUntil` is the next instant at which this answer would change (a promotion ends or starts, a scheduled "
        + "price or composition takes effect); absent when nothing is scheduled. `catalogVersion` identifies the "
        + "catalog state that priced it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PriceAnswerJson(
        @Schema(example = "north") String branch,
        @Schema(example = "2026-11-27T07:00:00Z") Instant at,
        @Schema(example = "PHONE") String channel,
        @Schema(example = "42") long catalogVersion,
        List<LineJson> lines,
        MoneyJson total,
        @Schema(example = "2026-11-30T21:00:00Z") Instant validUntil,
        VerdictJson verdict) {

    @Schema(name = "PriceLine", description = "One requested item: unit list price, unit price after promotions, "
            + "and `lineTotal` = unitPrice × quantity (prices are rounded per unit, so totals never drift with "
            + "quantity). `promotions[].discount` is for the whole line. Bundles list their `components`.")
    public record LineJson(
            @Schema(example = "MRI-KNEE") String service,
            @Schema(example = "1") int quantity,
            MoneyJson listPrice,
            MoneyJson unitPrice,
            MoneyJson lineTotal,
            List<AppliedPromotionJson> promotions,
            List<ComponentLineJson> components) {
    }

    @Schema(name = "AppliedPromotion")
    public record AppliedPromotionJson(@Schema(example = "AUTUMN-MRI") String code, MoneyJson discount) {
    }

    @Schema(name = "ComponentLine", description = "A bundle component at this branch and moment: unit list price and "
            + "total for its quantity; nested bundles list their own components.")
    public record ComponentLineJson(@Schema(example = "ECG") String service, @Schema(example = "1") int quantity,
                                    MoneyJson unitPrice, MoneyJson total, List<ComponentLineJson> components) {
    }

    @Schema(name = "Verdict", description = "Whether the quoted amount (or recorded quote) matches, the difference "
            + "(quoted − authoritative), the reasons found in the catalog's history and alternatives, and under the "
            + "honour policy what the customer pays and what honouring costs the business.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VerdictJson(
            @Schema(enumeration = {"MATCH", "MISMATCH"}, example = "MISMATCH") String status,
            MoneyJson quoted,
            MoneyJson difference,
            List<ReasonJson> reasons,
            MoneyJson payable,
            MoneyJson honourCost,
            @Schema(example = "Q-7K2-M9X-QDY") String quoteCode) {
    }

    @Schema(name = "Reason", description = "Why a quoted amount differs: `code` says which rule explained it, the "
            + "parameters that apply are present (`branch` for BRANCH_PRICE_DIFFERS, `promotion` for the promotion "
            + "reasons, `instant` for PRICE_CHANGED and the promotion windows, `services` for BUNDLE_PARTIAL), "
            + "`message` says it in a sentence.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ReasonJson(
            @Schema(example = "BRANCH_PRICE_DIFFERS") ReasonCode code,
            @Schema(example = "central") String branch,
            @Schema(example = "MRI-WEEK") String promotion,
            @Schema(example = "2026-11-23T21:00:00Z") Instant instant,
            @Schema(description = "services concerned, e.g. the components missing from a partial bundle price")
            List<String> services,
            @Schema(example = "4000.00 RUB is the price at branch central, not north") String message) {
    }
}
