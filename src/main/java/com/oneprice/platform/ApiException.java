package com.oneprice.platform;

import java.util.Arrays;
import java.util.List;

/**
 * A request the service refuses, with everything the problem+json answer needs. Thrown anywhere below a
 * resource; {@link ProblemMappers} turns it into the response. The handlers of {@code platform.http}, which answer
 * before a resource runs, answer with it too.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(ProblemType.VALIDATION_FAILED, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException notFound(String what, String key) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + Excerpt.quoted(key) + " does not exist",
                List.of());
    }

    /** Not found, where the caller named it in {@code field} of a body or a query. */
    public static ApiException notFound(String field, String what, String key) {
        String detail = what + " " + Excerpt.quoted(key) + " does not exist";
        return new ApiException(ProblemType.NOT_FOUND, detail, List.of(new Problem.FieldError(field, detail)));
    }

    public static ApiException unknownReference(String field, String what, String key) {
        String message = what + " " + Excerpt.quoted(key) + " does not exist";
        return new ApiException(ProblemType.UNKNOWN_REFERENCE, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException conflict(String detail, String... fields) {
        return new ApiException(ProblemType.CONFLICT, detail,
                Arrays.stream(fields).map(f -> new Problem.FieldError(f, detail)).toList());
    }

    public static ApiException unprocessable(String field, String detail) {
        return new ApiException(ProblemType.UNPROCESSABLE, detail,
                field == null ? List.of() : List.of(new Problem.FieldError(field, detail)));
    }

    public static ApiException unauthenticated() {
        return new ApiException(ProblemType.UNAUTHENTICATED, "send a valid bearer token (Authorization: Bearer …)",
                List.of());
    }

    public static ApiException forbidden() {
        return new ApiException(ProblemType.FORBIDDEN, "the token's roles do not allow this operation", List.of());
    }

    public static ApiException internal() {
        return new ApiException(ProblemType.INTERNAL_ERROR,
                "the service failed to answer; quote the request id when reporting it", List.of());
    }

    public static ApiException stale(String detail) {
        return new ApiException(ProblemType.PRECONDITION_FAILED, detail, List.of());
    }

    /** The same refusal about a part of a larger request: every field path, and the detail, say which part. */
    public ApiException within(String path, String where) {
        List<Problem.FieldError> located = errors.stream()
                .map(e -> new Problem.FieldError(path + "." + e.field(), e.message())).toList();
        return new ApiException(type, where + ": " + getMessage(),
                located.isEmpty() ? List.of(new Problem.FieldError(path, getMessage())) : located);
    }

    /** The same refusal where the caller knows the field by another name, e.g. a query parameter for a body path. */
    public ApiException renamed(String field, String as) {
        String detail = getMessage().startsWith(field + ": ") ? as + getMessage().substring(field.length()) : getMessage();
        return new ApiException(type, detail, errors.stream()
                .map(e -> e.field().equals(field) ? new Problem.FieldError(as, e.message()) : e).toList());
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
