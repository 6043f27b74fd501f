package com.oneprice.verification;

import com.oneprice.platform.api.Moments;
import com.oneprice.platform.api.MoneyJson;
import com.oneprice.pricing.ItemJson;
import com.oneprice.pricing.engine.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "VerifyRequest", description = "What to price: a branch, a moment (`at`, ISO-8601 with offset; "
        + "default now), a channel and items. With `quotedTotal` or `quoteCode` the answer carries a verdict.")
public record VerifyRequest(
        @Schema(example = "north", maxLength = 64) String branch,
        @Schema(format = "date-time", maxLength = Moments.MAX_LENGTH, example = "2026-11-27T10:00:00+03:00") String at,
        @Pattern(regexp = Codes.CHANNEL_PATTERN, message = "must be UPPER_SNAKE_CASE, e.g. PHONE")
        @Schema(example = "PHONE", maxLength = 40) String channel,
        @Size(max = ItemJson.MAX_PER_REQUEST) List<@Valid @NotNull ItemJson> items,
        @Valid MoneyJson quotedTotal,
        @Size(max = 64) @Schema(example = "Q-7K2-M9X-QDY") String quoteCode) {
}
