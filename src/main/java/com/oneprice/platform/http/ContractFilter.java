package com.oneprice.platform.http;

import com.oneprice.platform.api.ParameterVocabulary;
import com.oneprice.platform.problems.Problem;
import com.oneprice.platform.problems.ProblemType;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Completes the contract at build time with what operations share, by their shape, so that an operation added or
 * changed later gets the same without repeating it:
 * <ul>
 *   <li>the problem+json answers it can give: anything can be 401/403, 406, 429 (rate limits), 500 and 503 (a
 *       dependency that is down); input can be 400; a path parameter or a reference to a branch or service can be
 *       404; writes can conflict (409); catalog writes, quotes and prices can be refused as they stand (422: what
 *       they refer to does not exist, is archived or is not sold there); replacing and archiving take If-Match
 *       (412); a body can be too large (413) or of a media type not accepted (415);</li>
 *   <li>the schema of every path and query parameter a resource left as plain text, from {@link ParameterVocabulary};</li>
 *   <li>Problem.type as the list of {@link ProblemType}s, each described;</li>
 *   <li>the RateLimit headers on every success and client-error answer, and on the answers computed from the catalog
 *       snapshot alone (those of {@code AnsweredFromSnapshot} operations) its age, Catalog-Age;</li>
 *   <li>Content-Language on every answer that carries human text: problems, and the answers of the operations
 *       that say something ({@link #SPOKEN}); Vary on those of them that are cached (they take If-None-Match);</li>
 *   <li>304, with the ETag and Cache-Control of its 200, where an operation takes If-None-Match;</li>
 *   <li>the request examples of META-INF/openapi.yaml attached to the operations they illustrate.</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String CONTENT_LANGUAGE = "Content-Language";
    private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("400", "The request is not valid: malformed JSON, an unknown field, a wrong type or value; "
                + "`errors` names the fields.");
        PROBLEMS.put("401", "No bearer token, or one that is not valid (signature, issuer, expiry).");
        PROBLEMS.put("403", "The token's roles do not allow this operation.");
        PROBLEMS.put("404", "A branch, service, promotion, price entry or quote named in the request does not exist.");
        PROBLEMS.put("406", "The operation cannot answer in a media type that `Accept` allows.");
        PROBLEMS.put("409", "The request conflicts with the stored data, e.g. overlapping price windows, a code that "
                + "exists, or an illegal quote status change.");
        PROBLEMS.put("412", "The `If-Match` ETag is stale: the resource changed since it was read.");
        PROBLEMS.put("413", "The request body is larger than the service takes.");
        PROBLEMS.put("415", "The request body is not of the accepted media type.");
        PROBLEMS.put("422", "The request is well-formed but cannot be carried out, e.g. it refers to an unknown or "
                + "archived entity, a service is not sold at that branch and moment, an amount exceeds what is "
                + "recorded, or it reuses an Idempotency-Key with another body.");
        PROBLEMS.put("429", "Too many requests from this caller; retry after `Retry-After` seconds.");
        PROBLEMS.put("500", "The service failed to answer; quote the request id when reporting it.");
        PROBLEMS.put("503", "A dependency (the database) is unavailable, or the catalog the answer would come from is "
                + "too old; retry after `Retry-After` seconds.");
    }

    /** The answers that tell the caller when to try again. */
    private static final Set<String> RETRY_LATER = Set.of("429", "503");

    /** Operations answered from the catalog snapshot alone (see AnsweredFromSnapshot): their answers carry its age. */
    private static final Set<String> FROM_SNAPSHOT = Set.of("GET /prices/effective", "GET /prices/compare",
            "POST /quotes/verify");

    /** Request examples (components/examples of META-INF/openapi.yaml) by "METHOD path". */
    private static final Map<String, List<String>> EXAMPLES = Map.of(
            "POST /quotes/verify", List.of("verify-quoted-amount", "verify-quote-code", "verify-price-only"),
            "POST /quotes", List.of("quote"),
            "POST /branches", List.of("branch"),
            "POST /services", List.of("bundle"),
            "POST /prices", List.of("price"),
            "POST /prices/import", List.of("prices-csv"),
            "POST /promotions", List.of("promotion"));

    private static final Set<String> REFERENCE_PARAMETERS = Set.of("branch", "service");

    /** The operations whose 200 carries sentences (`say`, reasons), written in the language chosen. */
    static final Set<String> SPOKEN = Set.of("GET /prices/effective", "GET /prices/compare", "POST /quotes/verify");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        problemTypes(openAPI.getComponents().getSchemas().get("Problem"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, method, operation)));
    }

    private static void problemTypes(Schema problem) {
        Schema type = problem.getProperties().get("type");
        Arrays.stream(ProblemType.values()).forEach(t -> type.addEnumeration(t.uri()));
        type.addExtension("x-enum-descriptions", Arrays.stream(ProblemType.values())
                .map(ProblemType::description).toList());
        type.addExtension("x-enum-varnames", Arrays.stream(ProblemType.values()).map(Enum::name).toList());
        type.description("Stable; switch on it. One of:\n\n" + Arrays.stream(ProblemType.values())
                .map(t -> "- `" + t.uri() + "` (" + t.status() + "): " + t.description())
                .collect(Collectors.joining("\n")) + "\n");
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        boolean write = method != PathItem.HttpMethod.GET;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        parameters.forEach(ContractFilter::typed);
        boolean hasInput = write || !parameters.isEmpty();
        boolean refers = path.contains("{") || write
                || parameters.stream().anyMatch(p -> REFERENCE_PARAMETERS.contains(p.getName()));
        boolean catalogWrite = write && !path.startsWith("/quotes");
        boolean prices = path.equals("/quotes") || path.equals("/quotes/verify")
                || parameters.stream().filter(p -> Boolean.TRUE.equals(p.getRequired())).map(Parameter::getName)
                .toList().containsAll(REFERENCE_PARAMETERS);
        boolean conditional = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE;
        boolean body = operation.getRequestBody() != null;

        APIResponses responses = operation.getResponses();
        for (Map.Entry<String, String> problem : PROBLEMS.entrySet()) {
            boolean applies = switch (problem.getKey()) {
                case "400" -> hasInput;
                case "404" -> refers;
                case "409" -> write && !path.equals("/quotes/verify");
                case "412" -> conditional;
                case "413", "415" -> body;
                case "422" -> catalogWrite || prices;
                default -> true;
            };
            if (applies) {
                APIResponse answer = OASFactory.createAPIResponse().description(problem.getValue())
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
                answer.addHeader(CONTENT_LANGUAGE, header(CONTENT_LANGUAGE));
                if (RETRY_LATER.contains(problem.getKey())) {
                    answer.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
                }
                responses.addAPIResponse(problem.getKey(), answer);
            }
        }
        boolean cached = parameters.stream().anyMatch(p -> "If-None-Match".equals(p.getName()));
        if (SPOKEN.contains(method + " " + path) && responses.getAPIResponse("200") != null) {
            responses.getAPIResponse("200").addHeader(CONTENT_LANGUAGE, header(CONTENT_LANGUAGE));
            if (cached) {
                responses.getAPIResponse("200").addHeader("Vary", header("Vary"));
            }
        }
        if (cached) {
            responses.addAPIResponse("304", notModified(responses.getAPIResponse("200")));
        }
        responses.getAPIResponses().forEach((status, answer) -> {
            if (status.startsWith("2") || status.startsWith("4")) {
                answer.addHeader("RateLimit", OASFactory.createHeader().ref("RateLimit"));
                answer.addHeader("RateLimit-Policy", OASFactory.createHeader().ref("RateLimit-Policy"));
            }
        });
        if (FROM_SNAPSHOT.contains(method + " " + path) && responses.getAPIResponse("200") != null) {
            responses.getAPIResponse("200").addHeader("Catalog-Age", OASFactory.createHeader().ref("Catalog-Age"));
        }

        List<String> examples = EXAMPLES.get(method + " " + path);
        if (examples != null && body && operation.getRequestBody().getContent() != null) {
            for (MediaType content : operation.getRequestBody().getContent().getMediaTypes().values()) {
                examples.forEach(name -> content.addExample(name,
                        OASFactory.createExample().ref("#/components/examples/" + name)));
            }
        }
    }

    private static Header header(String name) {
        return OASFactory.createHeader().ref(name);
    }

    /** What an operation taking If-None-Match answers when a tag it names is current: no body, the same validators. */
    private static APIResponse notModified(APIResponse ok) {
        APIResponse answer = OASFactory.createAPIResponse()
                .description("Not modified: `If-None-Match` names the current `ETag`; no body.");
        if (ok != null && ok.getHeaders() != null) {
            ok.getHeaders().forEach((name, header) -> {
                if (name.equals("ETag") || name.equals("Cache-Control") || name.equals("Vary")) {
                    answer.addHeader(name, header);
                }
            });
        }
        return answer;
    }

    /** A parameter the resource takes as plain text gets its type from the vocabulary; one it typed keeps its own. */
    private static void typed(Parameter parameter) {
        Schema schema = parameter.getSchema();
        boolean plainText = schema == null || (schema.getRef() == null && schema.getEnumeration() == null
                && schema.getMaxLength() == null && schema.getFormat() == null && schema.getMaximum() == null);
        if (!plainText) {
            return;
        }
        ParameterVocabulary.term(parameter.getName()).ifPresent(term -> {
            Schema typed = OASFactory.createSchema().addType(Schema.SchemaType.valueOf(term.type().toUpperCase()))
                    .format(term.format()).maxLength(term.maxLength()).pattern(term.pattern())
                    .defaultValue(term.defaultValue());
            if (term.minimum() != null) {
                typed.minimum(BigDecimal.valueOf(term.minimum())).maximum(BigDecimal.valueOf(term.maximum()));
            }
            parameter.schema(typed);
            if (parameter.getDescription() == null) {
                parameter.description(term.description());
            }
        });
    }
}
