package com.oneprice.platform.problems;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem document: every error this service answers has this shape. Its contract is the schema
 * Problem in META-INF/openapi.yaml.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:oneprice:problem:";

    public record FieldError(String field, String message) {
    }
}
