package com.oneprice.quotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.oneprice.platform.api.MoneyJson;
import com.oneprice.pricing.PriceAnswerJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Quote", description = "A price answer given to a customer and recorded as evidence. Immutable; it "
        + "can only be voided or redeemed. `status` EXPIRED is an ISSUED quote past `expiresAt`.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(
        @Schema(example = "Q-7K2-M9X-QDY") String code,
        QuoteStatus status,
        Instant issuedAt,
        @Schema(description = "the subject of the token that issued it", example = "operator-17") String issuedBy,
        Instant expiresAt,
        @Schema(example = "north") String branch,
        @Schema(description = "the moment the service is to be provided, as priced") Instant at,
        @Schema(example = "PHONE") String channel,
        @Schema(example = "42") long catalogVersion,
        List<PriceAnswerJson.LineJson> lines,
        MoneyJson total,
        @Schema(example = "crm-contact-5521") String customerRef,
        Instant statusChangedAt,
        String statusChangedBy) {
}
