package com.oneprice.catalog.branches;

import com.oneprice.platform.api.Validity;
import com.oneprice.pricing.engine.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BranchInput", description = "A branch to create (POST) or replace (PUT; `code` may be omitted).")
public record BranchInput(
        @Pattern(regexp = Codes.CODE_PATTERN, message = "must be a slug: letters, digits, '-' and '_'")
        @Schema(example = "north", maxLength = 64) String code,
        @NotBlank @Size(max = 200) @Schema(example = "Северная клиника") String name,
        @NotBlank @Validity.TimeZoneId @Schema(example = "Europe/Moscow", maxLength = 64) String timezone,
        @NotBlank @Validity.CurrencyCode @Schema(example = "RUB", pattern = "^[A-Z]{3}$", maxLength = 3) String currency,
        @Schema(description = "defaults to true", example = "true") Boolean active) {
}
