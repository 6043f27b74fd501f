package com.oneprice.verification;

import com.oneprice.platform.MoneyJson;
import com.oneprice.platform.Moments;
import com.oneprice.pricing.engine.PriceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "VerifyRequest", description = "What to price: a branch, a moment (`at`, ISO-8601 with offset; "
        + "default now), a channel and items. With `quotedTotal` or `quoteCode` the answer carries a verdict.")
public record VerifyRequest(
        @Schema(example = "north", maxLength = 64) String branch,
        @Schema(format = "date-time", maxLength = Moments.MAX_LENGTH, example = "2026-11-27T10:00:00+03:00") String at,
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be UPPER_SNAKE_CASE, e.g. PHONE")
        @Schema(example = "PHONE", maxLength = 40) String channel,
        @Size(max = MAX_ITEMS) List<@Valid @NotNull Item> items,
        @Valid MoneyJson quotedTotal,
        @Size(max = 64) @Schema(example = "Q-7K2-M9X-QDY") String quoteCode) {

    /** Lines one request prices. */
    public static final int MAX_ITEMS = 100;

    @Schema(name = "Item")
    public record Item(@NotBlank @Schema(example = "MRI-KNEE", maxLength = 64) String service,
                       @NotNull @Positive @Max(PriceRequest.Item.MAX_QUANTITY) @Schema(example = "1")
                       Integer quantity) {
    }
}
