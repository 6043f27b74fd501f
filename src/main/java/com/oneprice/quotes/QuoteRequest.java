package com.oneprice.quotes;

import com.oneprice.platform.api.Moments;
import com.oneprice.pricing.ItemJson;
import com.oneprice.pricing.engine.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "QuoteRequest", description = "What to quote. Priced exactly like /quotes/verify; `issuedBy` is "
        + "always the caller's token subject and cannot be given.")
public record QuoteRequest(
        @NotBlank @Schema(example = "north", maxLength = 64) String branch,
        @Schema(description = "when the service is to be provided (default now)", format = "date-time",
                maxLength = Moments.MAX_LENGTH, example = "2026-11-27T10:00:00+03:00")
        String at,
        @NotBlank @Pattern(regexp = Codes.CHANNEL_PATTERN, message = "must be UPPER_SNAKE_CASE, e.g. PHONE")
        @Schema(example = "PHONE", maxLength = 40) String channel,
        @NotNull @Size(min = 1, max = ItemJson.MAX_PER_REQUEST) List<@Valid @NotNull ItemJson> items,
        @Size(max = 200) @Schema(example = "crm-contact-5521") String customerRef) {
}
