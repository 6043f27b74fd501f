package com.oneprice.catalog.services;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Component", description = "A service inside a bundle, with how many of it.")
public record Component(
        @NotBlank @Size(max = 64) @Schema(example = "ECG") String service,
        @NotNull @Positive @Max(MAX_QUANTITY) @Schema(example = "1") Integer quantity) {

    /** A bundle is a package a customer buys at once; more of one component than this is a typo. */
    public static final int MAX_QUANTITY = 1000;
}
