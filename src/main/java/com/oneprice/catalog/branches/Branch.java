package com.oneprice.catalog.branches;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Branch", description = "A place where services are provided, with its own time zone and currency.")
public record Branch(
        @Schema(example = "central") String code,
        @Schema(example = "Центральная клиника") String name,
        @Schema(description = "IANA time zone; local promotion windows are resolved in it", example = "Europe/Moscow")
        String timezone,
        @Schema(description = "ISO 4217; every price at this branch is in it", example = "RUB") String currency,
        @Schema(example = "true") boolean active,
        @Schema(description = "set when the branch was archived instead of deleted because history refers to it; "
                + "absent otherwise")
        Instant archivedAt) {
}
