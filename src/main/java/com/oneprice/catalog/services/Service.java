package com.oneprice.catalog.services;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Service", description = "Something a branch sells. A BUNDLE shows its current composition "
        + "(`bundlePricing`, `components`) and its whole history (`compositions`).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Service(
        @Schema(example = "CHECKUP-BASIC") String code,
        @Schema(example = "Basic check-up") String name,
        @Schema(example = "checkups") String category,
        ServiceKind kind,
        BundlePricing bundlePricing,
        List<Component> components,
        List<Composition> compositions,
        Instant archivedAt) {

    @Schema(name = "Composition", description = "A bundle's composition over the half-open window [validFrom, validTo); "
            + "no `validTo` = the current one.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Composition(Instant validFrom, Instant validTo, BundlePricing bundlePricing,
                              List<Component> components) {
    }
}
