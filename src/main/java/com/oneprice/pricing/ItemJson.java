package com.oneprice.pricing;

import com.oneprice.pricing.engine.PriceRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of a price, quote or verify request: a service and how many. */
@Schema(name = "Item")
public record ItemJson(@NotBlank @Schema(example = "MRI-KNEE", maxLength = 64) String service,
                       @NotNull @Positive @Max(PriceRequest.Item.MAX_QUANTITY) @Schema(example = "1")
                       Integer quantity) {

    /** Lines one request prices. */
    public static final int MAX_PER_REQUEST = 100;
}
