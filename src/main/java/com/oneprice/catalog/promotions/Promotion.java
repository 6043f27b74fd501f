package com.oneprice.catalog.promotions;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.oneprice.platform.api.Decimals;
import com.oneprice.platform.api.Moments;
import com.oneprice.platform.api.Validity;
import com.oneprice.pricing.engine.Codes;
import com.oneprice.pricing.engine.DiscountType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/** A promotion as read and as written (on write, `archivedAt` is ignored). */
@Schema(name = "Promotion", description = "A discount over a half-open window, for a scope. Give either `window` "
        + "(absolute instants) or `localWindow` (local date-times resolved in each branch's own time zone: "
        + "\"until 30 November inclusive\" is `to: 2026-12-01T00:00`). Empty scope lists mean \"all\". "
        + "Precedence: among applicable non-stackable promotions the one giving the customer the lowest price wins "
        + "(ties: higher priority, then code — never creation order); then stackable ones apply one after another "
        + "on the already-discounted price, higher priority first. A price never goes below zero and a promotion "
        + "never raises it. Discounted prices are rounded half-up per currency after each promotion.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Promotion(
        @Pattern(regexp = Codes.CODE_PATTERN, message = "must be a slug: letters, digits, '-' and '_'")
        @Schema(example = "AUTUMN-MRI", maxLength = 64) String code,
        @NotBlank @Size(max = 200) @Schema(example = "Autumn MRI -10%") String name,
        @NotNull @Valid Discount discount,
        @Valid Window window,
        @Valid LocalWindow localWindow,
        @Valid Scope scope,
        @Min(-MAX_PRIORITY) @Max(MAX_PRIORITY) @Schema(example = "0") Integer priority,
        @Schema(example = "false") Boolean stackable,
        @Schema(readOnly = true) Instant archivedAt) {

    /** Higher first among stackable promotions, and the tie-break among non-stackable ones. */
    static final int MAX_PRIORITY = 1_000_000;
    /** How many codes one scope list takes. */
    static final int MAX_SCOPE = 200;

    /** A local date-time without offset, as the contract describes it. */
    static final String LOCAL_DATE_TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$";

    @Schema(name = "Discount", description = "PERCENT: `value` percent off (0 < value ≤ 100). AMOUNT_OFF: `value` "
            + "off, in `currency`. FIXED_PRICE: the price becomes `value` in `currency` when that is lower. A discount "
            + "with a currency applies only at branches pricing in that currency.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Discount(
            @NotNull DiscountType type,
            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4)
            @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonDeserialize(using = Decimals.Json.class)
            @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, maxLength = Decimals.MAX_LENGTH, example = "10")
            BigDecimal value,
            @Validity.CurrencyCode @Schema(example = "RUB", pattern = "^[A-Z]{3}$", maxLength = 3) String currency) {
    }

    @Schema(name = "Window", description = "Absolute half-open window [startsAt, endsAt); no `endsAt` = open-ended.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Window(
            @NotNull @Schema(example = "2026-11-01T00:00:00+03:00") OffsetDateTime startsAt,
            @Schema(example = "2026-12-01T00:00:00+03:00") OffsetDateTime endsAt) {
    }

    @Schema(name = "LocalWindow", description = "Half-open window of local date-times, resolved in each branch's "
            + "time zone; no `to` = open-ended. Each end is the first instant at which the branch's clock reads that "
            + "local time or later. A local time skipped by a daylight-saving jump resolves to the end of the jump: "
            + "a window lying wholly inside the skipped hour (e.g. 02:10 to 02:50 on 2026-03-29 in Europe/Berlin) "
            + "does not exist in that zone and never applies there, and one reaching past the jump applies from its "
            + "end. A local time that occurs twice when clocks fall back is its first occurrence, so a window lying "
            + "wholly inside the repeated hour applies the first time round only.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocalWindow(@NotNull @Schema(implementation = String.class, pattern = LOCAL_DATE_TIME,
                                      maxLength = Moments.MAX_LENGTH, example = "2026-11-01T00:00") LocalDateTime from,
                              @Schema(implementation = String.class, pattern = LOCAL_DATE_TIME,
                                      maxLength = Moments.MAX_LENGTH, example = "2026-12-01T00:00") LocalDateTime to) {
    }

    @Schema(name = "Scope", description = "Where the promotion applies; an empty list means all. A line is in scope "
            + "when its branch and channel are, and its service is listed or its category is (or both lists are empty).")
    public record Scope(@Size(max = MAX_SCOPE) List<@NotBlank @Size(max = 64) String> branches,
                        @Size(max = MAX_SCOPE) List<@NotBlank @Size(max = 64) String> services,
                        @Size(max = MAX_SCOPE) List<@NotBlank @Size(max = 100) String> categories,
                        @Size(max = MAX_SCOPE) List<@NotBlank @Size(max = 40) String> channels) {
    }
}
