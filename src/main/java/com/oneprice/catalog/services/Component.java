package com.oneprice.catalog.services;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Component", description = "A service inside a bundle, with how many of it.")
public record Component(
        @NotBlank @Schema(example = "ECG") String service,
        @NotNull @Positive @Schema(example = "1") Integer quantity) {
}
