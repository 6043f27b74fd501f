package com.oneprice.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
 * type, the failing field paths and the request id, and never a stack trace or a Java class name.
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

    @ServerExceptionMapper
    public Response api(ApiException e, ContainerRequestContext request) {
        return problem(request, e.type().status(), e.type(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, ContainerRequestContext request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("the request is not valid");
        return problem(request, 400, ProblemType.VALIDATION_FAILED, detail, errors);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response json(JsonProcessingException e, ContainerRequestContext request) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            return problem(request, 400, ProblemType.UNKNOWN_FIELD, field + ": unknown field", List.of(new Problem.FieldError(field, "unknown field")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalid(request, jsonPath(mapping), reason(mapping));
        }
        if (e instanceof MismatchedInputException && e.getProcessor() instanceof JsonParser parser
                && isFirstValue(parser)) {
            return problem(request, 400, ProblemType.VALIDATION_FAILED, "the body must be a JSON object",
                    List.of(new Problem.FieldError("body", "must be a JSON object")));
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return problem(request, 400, ProblemType.MALFORMED_JSON, "the body could not be read as JSON" + where, List.of());
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
        String detail = switch (status) {
            case 404 -> "no resource at " + request.getUriInfo().getPath();
            case 405 -> request.getMethod() + " is not allowed on " + request.getUriInfo().getPath();
            case 406 -> "this operation cannot answer in " + request.getHeaderString(HttpHeaders.ACCEPT);
            case 415 -> request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null ? "the body has no Content-Type"
                    : "the body was sent as " + request.getHeaderString(HttpHeaders.CONTENT_TYPE)
                    + ", which this operation does not accept";
            default -> type.title();
        };
        return problem(request, status, type, detail, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
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
        return switch (e.getSQLState()) {
            case "23P01" -> problem(request, 409, ProblemType.CONFLICT, "the window overlaps an existing one for the same service and branch", List.of());
            case "23505" -> problem(request, 409, ProblemType.CONFLICT, "the code is already taken", List.of());
            case "23503" -> problem(request, 409, ProblemType.CONFLICT, "the change would leave a reference dangling", List.of());
            case "23514", "22003" -> problem(request, 422, ProblemType.UNPROCESSABLE, "a value is outside what the catalog allows", List.of());
            case "P0001" -> problem(request, 409, ProblemType.CONFLICT, "history cannot be rewritten", List.of());
            case "40001", "40P01" -> problem(request, 409, ProblemType.CONFLICT, "a concurrent change won; try again", List.of());
            default -> null;
        };
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
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(document(instance, RequestIds.of(request), status, type, detail, errors)).build();
    }

    /**
     * The problem document of a refusal, also of one made before a resource runs (platform.http): its text capped,
     * and where the status is about a request header, that header named as the field to fix.
     */
    public static Problem document(String instance, String requestId, int status, ProblemType type, String detail,
                                   List<Problem.FieldError> errors) {
        String header = HEADERS.get(status);
        List<Problem.FieldError> fields = (errors.isEmpty() && header != null
                ? List.of(new Problem.FieldError(header, detail)) : errors).stream().limit(MAX_ERRORS)
                .map(e -> new Problem.FieldError(Excerpt.capped(e.field(), MAX_FIELD), Excerpt.capped(e.message(),
                        MAX_TEXT))).toList();
        return new Problem(type.uri(), type.title(), status, Excerpt.capped(detail, MAX_TEXT),
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

    private static Response invalid(ContainerRequestContext request, String field, String message) {
        return problem(request, 400, ProblemType.VALIDATION_FAILED, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** What is wrong with the value at a mapping failure's path, in the API's words rather than Jackson's. */
    private static String reason(JsonMappingException e) {
        Throwable cause = e.getCause();
        if ((cause instanceof ApiException || cause instanceof IllegalArgumentException)
                && cause.getMessage() != null) {
            return cause.getMessage();
        }
        if (cause instanceof InputCoercionException number) {
            return outOfRange(number.getTargetType());
        }
        return e instanceof MismatchedInputException mismatch ? expected(mismatch.getTargetType())
                : "has the wrong type or shape";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type or shape";
        } else if (type == String.class) {
            return "must be a string";
        } else if (type == Integer.class || type == int.class) {
            return "must be a whole number";
        } else if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        } else if (type == BigDecimal.class) {
            return "must be a decimal string such as \"10.50\"";
        } else if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        } else if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date-time string";
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static String outOfRange(Class<?> type) {
        return type == int.class || type == Integer.class
                ? "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                : "is out of range";
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
