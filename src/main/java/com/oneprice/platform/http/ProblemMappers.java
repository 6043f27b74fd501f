package com.oneprice.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.oneprice.platform.api.UnreadableValue;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.problems.DatabaseFailures;
import com.oneprice.platform.problems.Excerpt;
import com.oneprice.platform.problems.Problem;
import com.oneprice.platform.problems.ProblemType;
import com.oneprice.words.Language;
import com.oneprice.words.Languages;
import com.oneprice.words.Text;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where failures become answers: every error is {@code application/problem+json} with a stable
 * type, the failing field paths and the request id, and never a stack trace or a Java class name. Its title, detail
 * and field messages are written in the language the request's {@code Accept-Language} chose; field paths and the
 * type are the same in every language.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** The request header each of these answers is about, named in `errors` as the field to fix. */
    /** Bounds on a problem answer's text: a detail or message, a field path, the number of errors. */
    static final int MAX_TEXT = 1000;
    static final int MAX_FIELD = 200;
    static final int MAX_ERRORS = 100;
    private static final Map<Integer, String> HEADERS = Map.of(401, HttpHeaders.AUTHORIZATION, 406, HttpHeaders.ACCEPT,
            412, HttpHeaders.IF_MATCH, 415, HttpHeaders.CONTENT_TYPE);
    /**
     * How long a client should wait before retrying a 503: about what the embedded PostgreSQL needs to be restarted,
     * and short enough that a retry soon finds an external one back.
     */
    public static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response api(ApiException e, ContainerRequestContext request) {
        Language language = language(request);
        return problem(request, e.type().status(), e.type(), e.detail().in(language), e.errors(language));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, ContainerRequestContext request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse(Text.of("problem.validation-failed.title").in(language(request)));
        return problem(request, 400, ProblemType.VALIDATION_FAILED, detail, errors);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response json(JsonProcessingException e, ContainerRequestContext request) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            return api(new ApiException(ProblemType.UNKNOWN_FIELD, Text.of("problem.field", field,
                    Text.of("field.unknown")), List.of(new ApiException.FieldText(field, Text.of("field.unknown")))),
                    request);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return api(ApiException.invalidField(jsonPath(mapping), reason(mapping)), request);
        }
        if (e instanceof MismatchedInputException && e.getProcessor() instanceof JsonParser parser
                && isFirstValue(parser)) {
            return api(new ApiException(ProblemType.VALIDATION_FAILED, Text.of("problem.body-not-object"),
                    List.of(new ApiException.FieldText("body", Text.of("field.json-object")))), request);
        }
        Text detail = e.getLocation() == null ? Text.of("problem.malformed-json.detail")
                : Text.of("problem.malformed-json.at", e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        return api(new ApiException(ProblemType.MALFORMED_JSON, detail, List.of()), request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, ContainerRequestContext request) {
        return Response.fromResponse(api(ApiException.unauthenticated(), request))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return api(ApiException.forbidden(), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        ProblemType type = ProblemType.ofStatus(status);
        Text detail = switch (status) {
            case 404 -> Text.of("problem.no-resource", request.getUriInfo().getPath());
            case 405 -> Text.of("problem.method-not-allowed.detail", request.getMethod(), request.getUriInfo().getPath());
            case 406 -> Text.of("problem.not-acceptable.detail", request.getHeaderString(HttpHeaders.ACCEPT));
            case 415 -> request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null
                    ? Text.of("problem.no-content-type")
                    : Text.of("problem.unsupported-media-type.detail", request.getHeaderString(HttpHeaders.CONTENT_TYPE));
            default -> type.title();
        };
        return problem(request, status, type, detail.in(language(request)), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        if (DatabaseFailures.unavailable(e)) {
            LOG.debugf(e, "database unavailable on %s %s", printable(request.getMethod()),
                    printable(request.getUriInfo().getPath()));
            return problem(request, 503, ProblemType.DATABASE_UNAVAILABLE,
                    Text.of("problem.database-unavailable.detail").in(language(request)), List.of());
        }
        SQLException sql = sqlCause(e);
        if (sql != null && sql.getSQLState() != null) {
            Response answer = database(sql, request);
            if (answer != null) {
                return answer;
            }
        }
        LOG.errorf(e, "unexpected failure on %s %s", printable(request.getMethod()),
                printable(request.getUriInfo().getPath()));
        return api(ApiException.internal(), request);
    }

    /** The database's own integrity rules, when Java's friendlier checks did not catch a race first. */
    private Response database(SQLException e, ContainerRequestContext request) {
        String key = switch (e.getSQLState()) {
            case "23P01" -> "problem.database.overlap";
            case "23505" -> "problem.database.taken";
            case "23503" -> "problem.database.dangling";
            case "23514", "22003" -> "problem.database.out-of-range";
            case "P0001" -> "problem.database.history";
            case "40001", "40P01" -> "problem.database.concurrent";
            default -> null;
        };
        if (key == null) {
            return null;
        }
        ProblemType type = key.equals("problem.database.out-of-range") ? ProblemType.UNPROCESSABLE : ProblemType.CONFLICT;
        return api(new ApiException(type, Text.of(key), List.of()), request);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /**
     * The answer; its free text is capped so that, whatever a message quotes from the request, the answer stays small
     * ({@link Excerpt} shortens the values it quotes; this holds for every other message too).
     */
    public static Response problem(ContainerRequestContext request, int status, ProblemType type, String detail,
                                   List<Problem.FieldError> errors) {
        String instance = request == null ? null : "/" + stripSlash(request.getUriInfo().getPath());
        Response.ResponseBuilder answer = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(document(instance, RequestIds.of(request), status, type, detail, errors, language(request)));
        if (status == 503) {
            answer.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return answer.build();
    }

    /** The language of the answer to {@code request}. */
    private static Language language(ContainerRequestContext request) {
        return Languages.of(request == null ? null : request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The problem document of a refusal, also of one made before a resource runs (platform.http): its text capped,
     * and where the status is about a request header, that header named as the field to fix.
     */
    public static Problem document(String instance, String requestId, int status, ProblemType type, String detail,
                                   List<Problem.FieldError> errors, Language language) {
        String header = HEADERS.get(status);
        List<Problem.FieldError> fields = (errors.isEmpty() && header != null
                ? List.of(new Problem.FieldError(header, detail)) : errors).stream().limit(MAX_ERRORS)
                .map(e -> new Problem.FieldError(Excerpt.capped(e.field(), MAX_FIELD), Excerpt.capped(e.message(),
                        MAX_TEXT))).toList();
        return new Problem(type.uri(), type.title().in(language), status, Excerpt.capped(detail, MAX_TEXT),
                instance == null ? null : Excerpt.capped(instance, MAX_TEXT), requestId, fields);
    }

    /** Request text fit for one log line: a caller's {@code %0A} must not start a forged line of its own. */
    public static String printable(String text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '\\' || c == '\u2028' || c == '\u2029') {
                line.append("\\u%04x".formatted(c));
            } else {
                line.appendCodePoint(c);
            }
        });
        return line.toString();
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** {@code create.body.items[0].quantity} → {@code items[0].quantity}: the path as the caller wrote it. */
    private static String fieldPath(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> { }
                case PARAMETER -> {
                    if (!isBodyParameter(node.getName())) {
                        parts.add(node.getName());
                    }
                }
                default -> {
                    if (node.getIndex() != null && !parts.isEmpty()) {
                        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                    }
                    // an element of a list is named by its index alone, not by "<list element>"
                    if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        parts.add(node.getName());
                    }
                }
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    private static boolean isBodyParameter(String name) {
        return name.equals("body") || name.equals("input") || name.startsWith("arg");
    }

    /** What is wrong with the value at a mapping failure's path, in the API's words rather than Jackson's. */
    private static Text reason(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ApiException api) {
            return api.detail();
        }
        if (cause instanceof UnreadableValue unreadable) {
            return unreadable.reason();
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return ApiException.english(cause.getMessage());
        }
        if (cause instanceof InputCoercionException number) {
            return outOfRange(number.getTargetType());
        }
        return e instanceof MismatchedInputException mismatch ? expected(mismatch.getTargetType())
                : Text.of("field.wrong-shape");
    }

    private static Text expected(Class<?> type) {
        if (type == null) {
            return Text.of("field.wrong-shape");
        } else if (type == String.class) {
            return Text.of("field.string");
        } else if (type == Integer.class || type == int.class) {
            return Text.of("field.whole-number");
        } else if (type == Boolean.class || type == boolean.class) {
            return Text.of("field.boolean");
        } else if (type == BigDecimal.class) {
            return Text.of("field.decimal");
        } else if (type.isEnum()) {
            return Text.of("field.one-of", Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")));
        } else if (Temporal.class.isAssignableFrom(type)) {
            return Text.of("field.date-time");
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Text.of("field.array");
        }
        return Text.of("field.object");
    }

    private static Text outOfRange(Class<?> type) {
        return type == int.class || type == Integer.class
                ? Text.of("field.int-range", Integer.MIN_VALUE, Integer.MAX_VALUE)
                : Text.of("field.out-of-range");
    }

    /** Whether the parser failed on the body's first value (its shape), not on a value after it (trailing content). */
    private static boolean isFirstValue(JsonParser parser) {
        JsonStreamContext root = parser.getParsingContext();
        while (root != null && !root.inRoot()) {
            root = root.getParent();
        }
        return root != null && root.getCurrentIndex() == 0;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
