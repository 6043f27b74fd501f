package com.oneprice.catalog.services;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.oneprice.platform.api.Decimals;
import com.oneprice.pricing.engine.BundleMode;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "BundlePricing", description = "SUM: the components' prices added up; SUM_MINUS_PERCENT: that sum "
        + "less `percent` (0 < percent < 100); FIXED: the bundle's own price entries.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BundlePricing(
        @NotNull BundleMode mode,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonDeserialize(using = Decimals.Json.class)
        @Digits(integer = 3, fraction = 4)
        @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, maxLength = 9, example = "10") BigDecimal percent) {
}
