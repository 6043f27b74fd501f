package com.oneprice.platform;

import java.util.List;

/**
 * A request the service refuses, with everything the problem+json answer needs. Thrown anywhere below a
 * resource; {@link ProblemMappers} turns it into the response.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(400, "validation-failed", "The request is not valid",
                field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException notFound(String what, String key) {
        return new ApiException(404, "not-found", "Not found", what + " '" + key + "' does not exist", List.of());
    }

    /** Not found, where the caller named it in {@code field} of a body or a query. */
    public static ApiException notFound(String field, String what, String key) {
        String detail = what + " '" + key + "' does not exist";
        return new ApiException(404, "not-found", "Not found", detail, List.of(new Problem.FieldError(field, detail)));
    }

    public static ApiException unknownReference(String field, String what, String key) {
        return new ApiException(422, "unknown-reference", "The request refers to something that does not exist",
                field + ": " + what + " '" + key + "' does not exist",
                List.of(new Problem.FieldError(field, what + " '" + key + "' does not exist")));
    }

    public static ApiException conflict(String detail, String... fields) {
        return new ApiException(409, "conflict", "The request conflicts with the catalog", detail,
                java.util.Arrays.stream(fields).map(f -> new Problem.FieldError(f, detail)).toList());
    }

    public static ApiException unprocessable(String field, String detail) {
        return new ApiException(422, "unprocessable", "The request cannot be carried out", detail,
                field == null ? List.of() : List.of(new Problem.FieldError(field, detail)));
    }

    public static ApiException stale(String detail) {
        return new ApiException(412, "precondition-failed", "The resource has changed", detail, List.of());
    }

    /** The same refusal about a part of a larger request: every field path, and the detail, say which part. */
    public ApiException within(String path, String where) {
        List<Problem.FieldError> located = errors.stream()
                .map(e -> new Problem.FieldError(path + "." + e.field(), e.message())).toList();
        return new ApiException(status, type, title, where + ": " + getMessage(),
                located.isEmpty() ? List.of(new Problem.FieldError(path, getMessage())) : located);
    }

    /** The same refusal where the caller knows the field by another name, e.g. a query parameter for a body path. */
    public ApiException renamed(String field, String as) {
        String detail = getMessage().startsWith(field + ": ") ? as + getMessage().substring(field.length()) : getMessage();
        return new ApiException(status, type, title, detail, errors.stream()
                .map(e -> e.field().equals(field) ? new Problem.FieldError(as, e.message()) : e).toList());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
