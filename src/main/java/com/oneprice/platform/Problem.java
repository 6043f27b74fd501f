package com.oneprice.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem document: every error this service answers has this shape. */
@Schema(name = "Problem", description = "RFC 9457 problem details. `type` is stable and can be switched on; "
        + "`errors` names the failing fields as JSON paths (e.g. `items[0].quantity`).")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(example = "urn:oneprice:problem:validation-failed") String type,
        @Schema(example = "The request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "timezone: 'Mars/Olympus' is not an IANA time zone") String detail,
        @Schema(example = "/branches") String instance,
        @Schema(example = "3f2b6c1e-6a53-4c2e-9d7e-0b4f6f8f1a2c") String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:oneprice:problem:";

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "timezone") String field,
                             @Schema(example = "'Mars/Olympus' is not an IANA time zone") String message) {
    }
}
