package com.oneprice.pricing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.oneprice.platform.api.MoneyJson;
import com.oneprice.words.Spoken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The authoritative price answer. */
@Schema(name = "PriceAnswer", description = "The authoritative price for a branch, a moment and a channel. "
        + "`validUntil` is the next instant at which this answer would change (a promotion ends or starts, a scheduled "
        + "price or composition takes effect); absent when nothing is scheduled. `catalogVersion` identifies the "
        + "catalog state that priced it. `say` is the one human sentence; every other field is the same in "
        + "every language.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PriceAnswerJson(
        @Schema(example = "north") String branch,
        @Schema(example = "2026-11-27T07:00:00Z") Instant at,
        @Schema(example = "PHONE") String channel,
        @Schema(example = "42") long catalogVersion,
        List<LineJson> lines,
        MoneyJson total,
        @Schema(example = "2026-11-30T21:00:00Z") Instant validUntil,
        @Schema(description = "one sentence to read aloud, in the language `Accept-Language` chose: the price, "
                + "what it includes, until when it holds (in the branch's local time)", example = "Knee MRI at North "
                + "clinic: RUB 4,500.00 with promotion Autumn MRI -10%, until 30 November, 23:59 (Moscow time).")
        String say,
        @Schema(description = "cheaper ways to the same items, cheapest branches first, then a later moment here; "
                + "absent when there are none")
        List<AlternativeJson> alternatives) implements Spoken {

    @Schema(name = "Alternative", description = "The same items for less. OTHER_BRANCH: at another active branch "
            + "in the same currency, at the same moment (branches in the same time zone are tried first; at most "
            + "`pricing.alternatives.branches` are priced, the three cheapest listed). LATER: at this branch, from "
            + "`at`, the cheapest moment within `pricing.alternatives.horizon`, until `until` (absent when nothing "
            + "ends it). `saving` is the answer's total less `total`. Only items on sale have alternatives. `say` is "
            + "one short sentence about it, in the answer's language.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AlternativeJson(
            @Schema(enumeration = {"OTHER_BRANCH", "LATER"}, example = "OTHER_BRANCH") String type,
            @Schema(example = "central") String branch,
            @Schema(example = "2026-11-27T07:00:00Z") Instant at,
            @Schema(example = "2026-12-06T21:00:00Z") Instant until,
            MoneyJson total,
            MoneyJson saving,
            @Schema(example = "At Central clinic: RUB 4,000.00, RUB 1,000.00 less.") String say) {
    }

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
}
