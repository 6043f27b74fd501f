package com.oneprice.platform.problems;

import com.oneprice.words.Language;
import com.oneprice.words.Text;

import java.util.Arrays;
import java.util.List;

/**
 * A request the service refuses, with everything the problem+json answer needs. Thrown anywhere below a
 * resource; {@code platform.http.ProblemMappers} turns it into the response. The handlers of {@code platform.http}, which answer
 * before a resource runs, answer with it too. Its detail and the messages of its field errors are {@link Text}s,
 * written in the caller's language when the answer is; the exception's own message is the English detail (logs).
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final Text detail;
    private final List<FieldText> errors;

    /** A field path (machine-readable, never translated) and what is wrong with it (a sentence). */
    public record FieldText(String field, Text message) {
    }

    public ApiException(ProblemType type, Text detail, List<FieldText> errors) {
        super(detail.toString());
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    /** A refusal whose words exist in English only (see the README's list of what is not translated). */
    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, english(detail), errors.stream().map(e -> new FieldText(e.field(), english(e.message()))).toList());
    }

    /** Text that exists in English only: it reads the same in every language. */
    public static Text english(String text) {
        return Text.of("text.english", text);
    }

    public static ApiException invalidField(String field, String message) {
        return invalidField(field, english(message));
    }

    public static ApiException invalidField(String field, Text message) {
        return new ApiException(ProblemType.VALIDATION_FAILED, Text.of("problem.field", field, message),
                List.of(new FieldText(field, message)));
    }

    /** "is required" for {@code field}. */
    public static ApiException required(String field) {
        return invalidField(field, Text.of("field.required"));
    }

    public static ApiException notFound(String what, String key) {
        return new ApiException(ProblemType.NOT_FOUND, missing(what, key), List.of());
    }

    /** Not found, where the caller named it in {@code field} of a body or a query. */
    public static ApiException notFound(String field, String what, String key) {
        Text detail = missing(what, key);
        return new ApiException(ProblemType.NOT_FOUND, detail, List.of(new FieldText(field, detail)));
    }

    public static ApiException unknownReference(String field, String what, String key) {
        Text message = missing(what, key);
        return new ApiException(ProblemType.UNKNOWN_REFERENCE, Text.of("problem.field", field, message),
                List.of(new FieldText(field, message)));
    }

    public static ApiException conflict(String detail, String... fields) {
        return conflict(english(detail), fields);
    }

    public static ApiException conflict(Text detail, String... fields) {
        return new ApiException(ProblemType.CONFLICT, detail,
                Arrays.stream(fields).map(f -> new FieldText(f, detail)).toList());
    }

    public static ApiException unprocessable(String field, String detail) {
        return unprocessable(field, english(detail));
    }

    public static ApiException unprocessable(String field, Text detail) {
        return new ApiException(ProblemType.UNPROCESSABLE, detail,
                field == null ? List.of() : List.of(new FieldText(field, detail)));
    }

    public static ApiException unauthenticated() {
        return new ApiException(ProblemType.UNAUTHENTICATED, Text.of("problem.unauthenticated.detail"), List.of());
    }

    public static ApiException forbidden() {
        return new ApiException(ProblemType.FORBIDDEN, Text.of("problem.forbidden.detail"), List.of());
    }

    public static ApiException internal() {
        return new ApiException(ProblemType.INTERNAL_ERROR, Text.of("problem.internal-error.detail"), List.of());
    }

    /** A dependency is down: a 503, which the mappers answer with Retry-After. */
    public static ApiException unavailable(ProblemType type, Text detail) {
        return new ApiException(type, detail, List.of());
    }

    public static ApiException stale(Text detail) {
        return new ApiException(ProblemType.PRECONDITION_FAILED, detail, List.of());
    }

    /** The same refusal about a part of a larger request: every field path, and the detail, say which part. */
    public ApiException within(String path, Text where) {
        List<FieldText> located = errors.stream()
                .map(e -> new FieldText(path + "." + e.field(), e.message())).toList();
        return new ApiException(type, Text.of("problem.within", where, detail),
                located.isEmpty() ? List.of(new FieldText(path, detail)) : located);
    }

    /** The same refusal where the caller knows the field by another name, e.g. a query parameter for a body path. */
    public ApiException renamed(String field, String as) {
        Text renamed = detail.key().equals("problem.field") && field.equals(detail.args().get(0))
                ? Text.of("problem.field", as, detail.args().get(1)) : detail;
        return new ApiException(type, renamed, errors.stream()
                .map(e -> e.field().equals(field) ? new FieldText(as, e.message()) : e).toList());
    }

    public ProblemType type() {
        return type;
    }

    public Text detail() {
        return detail;
    }

    /** The field errors, their messages in {@code language}. */
    public List<Problem.FieldError> errors(Language language) {
        return errors.stream().map(e -> new Problem.FieldError(e.field(), e.message().in(language))).toList();
    }

    /** The field errors in English. */
    public List<Problem.FieldError> errors() {
        return errors(Language.EN);
    }

    /** {@code what} ("branch", "price entry", ...) by the key of its sentence, for its grammar in each language. */
    private static Text missing(String what, String key) {
        return Text.of("problem.not-found." + what.replace(' ', '-'), Excerpt.quoted(key));
    }
}
