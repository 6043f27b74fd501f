package com.oneprice.verification;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.oneprice.platform.api.MoneyJson;
import com.oneprice.pricing.PriceAnswerJson;
import com.oneprice.verification.explanation.ReasonCode;
import com.oneprice.words.Spoken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The authoritative price answer, and with a quoted amount or a quote code, the verdict. */
@Schema(name = "VerifyAnswer", description = "The authoritative price for a branch, a moment and a channel, as "
        + "`GET /prices/effective` answers it (`say` included), and with `quotedTotal` or `quoteCode` the `verdict`, "
        + "with a `say` of its own. Human text (`say`, reasons' `message`) is in the language `Accept-Language` "
        + "chose; every other field is the same in every language.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifyAnswer(
        @Schema(example = "north") String branch,
        @Schema(example = "2026-11-27T07:00:00Z") Instant at,
        @Schema(example = "PHONE") String channel,
        @Schema(example = "42") long catalogVersion,
        List<PriceAnswerJson.LineJson> lines,
        MoneyJson total,
        @Schema(example = "2026-11-30T21:00:00Z") Instant validUntil,
        @Schema(description = "one sentence to read aloud about the price, as `GET /prices/effective` says it")
        String say,
        @Schema(description = "cheaper ways to the same items, as for `GET /prices/effective`; absent when there are "
                + "none") List<PriceAnswerJson.AlternativeJson> alternatives,
        VerdictJson verdict) implements Spoken {

    static VerifyAnswer of(PriceAnswerJson answer, VerdictJson verdict) {
        return new VerifyAnswer(answer.branch(), answer.at(), answer.channel(), answer.catalogVersion(),
                answer.lines(), answer.total(), answer.validUntil(), answer.say(), answer.alternatives(), verdict);
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
            @Schema(example = "Q-7K2-M9X-QDY") String quoteCode,
            @Schema(description = "one sentence to read aloud: the quoted amount is right; or what was quoted, what "
                    + "it is here and the first reason's gist (and what the customer pays when a quote is honoured)",
                    example = "Quoted RUB 4,000.00, but it is RUB 5,000.00 here: that is the price at branch central.")
            String say) {
    }

    @Schema(name = "Reason", description = "Why a quoted amount differs, found by one rule (another branch, another "
            + "moment, a promotion's window or scope, a channel, a bundle's composition or a part of it, a quantity). "
            + "Codes: BRANCH_PRICE_DIFFERS, PROMOTION_EXPIRED, PROMOTION_NOT_STARTED, PROMOTION_LEFT_OUT (a running "
            + "promotion left out), PROMOTION_NOT_APPLICABLE, PRICE_CHANGED, BUNDLE_COMPOSITION_CHANGED, "
            + "BUNDLE_PARTIAL, QUANTITY_DIFFERS, QUOTE_EXPIRED, UNEXPLAINED. Parameters are present when they apply; "
            + "`message` is written from them.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ReasonJson(
            @Schema(example = "BRANCH_PRICE_DIFFERS") ReasonCode code,
            @Schema(description = "the other branch whose price it is, or the branch a presented quote was issued "
                    + "for", example = "central") String branch,
            @Schema(example = "MRI-WEEK") String promotion,
            @Schema(description = "when it changed, ended or starts", example = "2026-11-23T21:00:00Z")
            Instant instant,
            @Schema(description = "the services concerned: the line's service, the promotion's lines, or the "
                    + "components missing from a partial bundle price") List<String> services,
            @Schema(description = "the index in `lines` of the one line this reason is about; absent when it is about "
                    + "the total", example = "0") Integer line,
            @Schema(description = "the amount the reason accounts for: the quoted total, or that line's amount")
            MoneyJson amount,
            @Schema(description = "how far that amount is from the authoritative one (amount − authoritative)")
            MoneyJson difference,
            @Schema(description = "the reason in a sentence, in the language `Accept-Language` chose",
                    example = "RUB 4,000.00 is the price at branch central, not north") String message) {
    }
}
