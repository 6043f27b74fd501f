package com.oneprice.catalog.prices;

import com.oneprice.platform.api.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "PriceEntry", description = "The price of a service over the half-open window [validFrom, validTo); "
        + "no `branch` = network-wide, overridden by a branch's own entry; no `validTo` = open-ended.")
public record PriceEntry(
        @Schema(example = "1042") long id,
        @Schema(example = "MRI-KNEE") String service,
        @Schema(example = "north", nullable = true) String branch,
        MoneyJson amount,
        @Schema(example = "2026-12-01T00:00:00Z") Instant validFrom,
        @Schema(nullable = true) Instant validTo,
        Instant createdAt,
        @Schema(example = "admin-1") String createdBy) {
}
