package com.oneprice.platform;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes the contract at build time with what every operation shares: the problem+json answers it can give,
 * and the request examples of META-INF/openapi.yaml attached to the operations they illustrate. Which errors an
 * operation can answer follows from its shape: anything can be 401/403; input can be 400; a path parameter or a
 * reference to a branch or service can be 404; writes can conflict (409) or refer to what does not exist (422);
 * replacing and archiving take If-Match (412).
 */
public class ContractFilter implements OASFilter {

    private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("400", "The request is not valid: malformed JSON, an unknown field, a wrong type or value; "
                + "`errors` names the fields.");
        PROBLEMS.put("401", "No bearer token, or one that is not valid (signature, issuer, expiry).");
        PROBLEMS.put("403", "The token's roles do not allow this operation.");
        PROBLEMS.put("404", "A branch, service, promotion, price entry or quote named in the request does not exist.");
        PROBLEMS.put("409", "The request conflicts with the stored data, e.g. overlapping price windows, a code that "
                + "exists, or an illegal quote status change.");
        PROBLEMS.put("412", "The `If-Match` ETag is stale: the resource changed since it was read.");
        PROBLEMS.put("415", "The request body is not of the accepted media type.");
        PROBLEMS.put("422", "The request is well-formed but cannot be carried out, e.g. it refers to an unknown or "
                + "archived entity, or reuses an Idempotency-Key with another body.");
    }

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

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, method, operation)));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        boolean write = method != PathItem.HttpMethod.GET;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasInput = write || !parameters.isEmpty();
        boolean refers = path.contains("{") || write
                || parameters.stream().anyMatch(p -> REFERENCE_PARAMETERS.contains(p.getName()));
        boolean catalogWrite = write && !path.startsWith("/quotes");
        boolean conditional = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE;

        APIResponses responses = operation.getResponses();
        for (Map.Entry<String, String> problem : PROBLEMS.entrySet()) {
            boolean applies = switch (problem.getKey()) {
                case "400" -> hasInput;
                case "404" -> refers;
                case "409" -> write && !path.equals("/quotes/verify");
                case "412" -> conditional;
                case "415" -> operation.getRequestBody() != null;
                case "422" -> catalogWrite || path.equals("/quotes");
                default -> true;
            };
            if (applies) {
                responses.addAPIResponse(problem.getKey(), OASFactory.createAPIResponse()
                        .description(problem.getValue())
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/Problem")))));
            }
        }

        List<String> examples = EXAMPLES.get(method + " " + path);
        if (examples != null && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            for (MediaType content : operation.getRequestBody().getContent().getMediaTypes().values()) {
                examples.forEach(name -> content.addExample(name,
                        OASFactory.createExample().ref("#/components/examples/" + name)));
            }
        }
    }
}
