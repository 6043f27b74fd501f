package com.oneprice.catalog.services;

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
        + "at `compositionFrom` (default: now) and closes the current one there; earlier compositions stay as history.")
public record ServiceInput(
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "must be a slug: letters, digits, '-' and '_'")
        @Schema(example = "CHECKUP-BASIC", maxLength = 64) String code,
        @NotBlank @Size(max = 200) @Schema(example = "Basic check-up") String name,
        @NotBlank @Size(max = 100) @Schema(example = "checkups") String category,
        @NotNull ServiceKind kind,
        @Valid BundlePricing bundlePricing,
        @Size(max = 50) List<@Valid @NotNull Component> components,
        @Schema(example = "2026-01-01T00:00:00+03:00") OffsetDateTime compositionFrom) {
}
