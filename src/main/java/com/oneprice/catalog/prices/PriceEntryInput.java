package com.oneprice.catalog.prices;

import com.oneprice.platform.api.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "PriceEntryInput", description = "A price to schedule. If an open-ended entry for the same service "
        + "and branch starts before `validFrom`, it is closed at `validFrom`; any other overlap is a 409.")
public record PriceEntryInput(
        @NotBlank @Size(max = 64) @Schema(example = "MRI-KNEE") String service,
        @Size(max = 64) @Schema(description = "absent = network-wide", example = "north") String branch,
        @NotNull @Valid MoneyJson amount,
        @NotNull @Schema(example = "2026-12-01T00:00:00+03:00") OffsetDateTime validFrom,
        @Schema(description = "absent = open-ended") OffsetDateTime validTo) {
}
