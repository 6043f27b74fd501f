package com.oneprice.catalog.services;

import com.oneprice.pricing.engine.Codes;
import com.oneprice.pricing.engine.ServiceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "ServiceInput", description = "A service to create (POST) or replace (PUT; `code` may be omitted). "
        + "A SIMPLE service has no `bundlePricing` and no `components`. For a BUNDLE, a changed composition starts "
        + "at `compositionFrom` (default: now) and closes the current one there; earlier compositions stay as history. "
        + "`aliases` are other names customers use for it, in any language; `GET /services?q=` finds it by them as by "
        + "its name and code. A PUT replaces them: absent means none.")
public record ServiceInput(
        @Pattern(regexp = Codes.CODE_PATTERN, message = "must be a slug: letters, digits, '-' and '_'")
        @Schema(example = "CHECKUP-BASIC", maxLength = 64) String code,
        @NotBlank @Size(max = 200) @Schema(example = "Базовый чекап") String name,
        @Size(max = 20) @Schema(example = "[\"чекап\", \"basic check-up\"]")
        List<@NotBlank @Size(max = 100) String> aliases,
        @NotBlank @Size(max = 100) @Schema(example = "checkups") String category,
        @NotNull ServiceKind kind,
        @Valid BundlePricing bundlePricing,
        @Size(max = 50) List<@Valid @NotNull Component> components,
        @Schema(example = "2026-01-01T00:00:00+03:00") OffsetDateTime compositionFrom) {
}
