package com.oneprice.platform.problems;

import com.oneprice.words.Text;

/**
 * Every {@code type} a problem answer can carry: the contract lists them (ContractFilter makes Problem.type this
 * enum, with the descriptions), so a client can switch on them, and the contract-validation test fails on an answer
 * whose type is not here. Titles are in the message bundles, one per language ({@link #title()}). The URI is {@code urn:oneprice:problem:<slug>}; slugs never change.
 */
public enum ProblemType {

    VALIDATION_FAILED(400, "validation-failed",
            "A field, query parameter or header has a wrong type, format or value, or is missing; `errors` names each "
                    + "one (JSON paths such as `items[0].quantity`, or the parameter's or header's name)."),
    UNKNOWN_FIELD(400, "unknown-field",
            "The body has a field the operation's schema does not declare; `errors` names it."),
    MALFORMED_JSON(400, "malformed-json",
            "The body is not one well-formed JSON value."),
    QUOTE_CODE_MISTYPED(400, "quote-code-mistyped",
            "The quote code's check character does not match: a character was misheard or two were swapped."),
    BAD_REQUEST(400, "bad-request", "The HTTP request itself could not be read."),
    UNAUTHENTICATED(401, "unauthenticated",
            "No bearer token, or one that is not valid (signature, issuer, expiry)."),
    FORBIDDEN(403, "forbidden", "The token's roles do not allow this operation."),
    ORIGIN_NOT_ALLOWED(403, "origin-not-allowed",
            "A browser's CORS preflight came from an origin the deployment does not allow."),
    NOT_FOUND(404, "not-found",
            "The branch, service, promotion, price entry or quote named in the path, a query or the body does not "
                    + "exist, or no operation is at that path."),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "The path does not take that method."),
    NOT_ACCEPTABLE(406, "not-acceptable",
            "The operation cannot answer in any media type that `Accept` allows."),
    CONFLICT(409, "conflict",
            "The request conflicts with the stored data: overlapping price windows, a code that exists, a change "
                    + "history forbids, a concurrent change, or a quote status change that is not allowed."),
    PRECONDITION_FAILED(412, "precondition-failed",
            "The `If-Match` ETag is stale: the resource changed since it was read."),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large."),
    URI_TOO_LONG(414, "uri-too-long",
            "The request line (method, path and query) is longer than the service reads."),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type",
            "The body is not of a media type the operation accepts."),
    UNKNOWN_REFERENCE(422, "unknown-reference",
            "A catalog write names a branch or service (e.g. a bundle component) that does not exist."),
    UNPROCESSABLE(422, "unprocessable",
            "The request is well-formed but cannot be carried out: e.g. a bundle that would contain itself, a "
                    + "quote at an inactive branch or for an archived service, an amount beyond what is recorded."),
    NOT_SOLD(422, "not-sold",
            "A service, or a component of a bundle, has no price at that branch and moment (neither the branch's own "
                    + "entry nor a network-wide one in the branch's currency): it is not sold there. `errors` names "
                    + "the item (`service`, or `items[i].service`); the detail also names the component."),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused",
            "The `Idempotency-Key` was first used with a different body; a new request needs a new key."),
    RATE_LIMITED(429, "rate-limited",
            "The caller has used up its rate limit; retry after `Retry-After` seconds."),
    HEADERS_TOO_LARGE(431, "headers-too-large",
            "The request's headers are larger, in all, than the service reads."),
    INTERNAL_ERROR(500, "internal-error",
            "The service failed to answer; quote the request id when reporting it."),
    DATABASE_UNAVAILABLE(503, "database-unavailable",
            "The database cannot be reached (connection refused or lost, shutting down, in recovery, out of "
                    + "connections), or, for an answer computed from the catalog snapshot, the snapshot has not been "
                    + "confirmed current for longer than `pricing.snapshot.max-staleness`; nothing was stored; retry "
                    + "after `Retry-After` seconds."),
    VERIFICATION_LOG_FULL(503, "verification-log-full",
            "Verify with a quoted amount or a code: the database has been away so long that the local log keeping "
                    + "verifications for it is full (`pricing.verification.spool.max-size`); nothing was recorded; "
                    + "retry after `Retry-After` seconds. The price alone is still answered."),
    VERIFICATION_LOG_UNAVAILABLE(503, "verification-log-unavailable",
            "Verify with a quoted amount or a code: the local log keeping verifications could not be written; "
                    + "nothing was recorded; retry after `Retry-After` seconds."),
    SERVICE_UNAVAILABLE(503, "service-unavailable",
            "The service cannot answer now; retry after `Retry-After` seconds.");

    private final int status;
    private final String slug;
    private final String description;

    ProblemType(int status, String slug, String description) {
        this.status = status;
        this.slug = slug;
        this.description = description;
    }

    /** The type of an answer the HTTP layer gives with {@code status}, where no finer type applies. */
    public static ProblemType ofStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }

    public int status() {
        return status;
    }

    public String uri() {
        return Problem.TYPE_PREFIX + slug;
    }

    /** The title, in every language: the {@code problem.<slug>.title} key of the message bundles. */
    public Text title() {
        return Text.of("problem." + slug + ".title");
    }



    public String description() {
        return description;
    }
}
