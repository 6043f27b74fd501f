package com.oneprice.quotes;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.Page;
import com.oneprice.platform.api.PageRequest;
import com.oneprice.platform.api.Period;
import com.oneprice.platform.security.Roles;
import com.oneprice.words.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Clock;
import java.util.List;

@Path("/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes")
public class QuoteResource {

    private static final String QUOTE_CODE = "the quote code as read out, e.g. Q-7K2-M9X-QDY; case, dashes and spaces "
            + "do not matter";

    @Inject
    QuoteBook book;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(summary = "Issue a quote", description = """
            Prices the request and records it as an immutable quote with a code to read to the customer
            (`Q-XXX-XXX-XXC`, Crockford base32, 40 random bits and a check character). `issuedBy` is the token's
            subject. `expiresAt` is `pricing.quotes.validity` (default 7 days) after issue. With an `Idempotency-Key`
            header (kept at least 24 h, per caller), the same key with the same body answers the original quote
            (header `Idempotent-Replayed: true`), the same key with another body answers 422, and concurrent requests
            with one key create exactly one quote. A quote is a promise to sell: only at an active branch and for
            services that are not archived (422 otherwise), and only for what is sold there then: an item without a
            price at that branch and moment answers 422 `not-sold` naming `items[i].service` (see the effective
            price). Roles: operator, integration, pricing-admin.""")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, example = "call-7731", description = "Makes "
            + "retries safe: the same key and body answer the original quote. 1 to 255 characters, per caller.",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @APIResponse(responseCode = "201", description = "Issued, or with a known Idempotency-Key and the same body, the "
            + "quote it issued", headers = {@Header(name = "Location", ref = "Location"),
            @Header(name = "Idempotent-Replayed", ref = "Idempotent-Replayed")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Quote.class)))
    public Response issue(@Valid @NotNull QuoteRequest body, @Context HttpHeaders headers) {
        QuoteBook.Issued issued = book.issue(body, callers.current(), idempotencyKey(headers));
        Response.ResponseBuilder response = Response.created(URI.create("/quotes/" + issued.quote().code()))
                .entity(issued.quote());
        if (issued.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATION, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Read a quote", description = "The code is read tolerantly (case, dashes, spaces, O/0 and "
            + "I/L/1 confusions); a wrong check character answers 400 'looks mistyped', an unknown code 404.")
    public Quote get(@PathParam("code") @Parameter(description = QUOTE_CODE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String code) {
        if ("verify".equals(code)) {
            throw new NotAllowedException("POST");
        }
        QuoteCode parsed = QuoteCodes.parse("code", code);
        return book.find(parsed).map(q -> book.view(q, clock.instant()))
                .orElseThrow(() -> ApiException.notFound("quote", parsed.toString()));
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATION, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "List quotes", description = "Newest first; filter by branch, channel, issuedBy, status "
            + "(ISSUED, VOIDED, REDEEMED, EXPIRED) and issue time [from, to).")
    public Page<Quote> list(@QueryParam("page") String page, @QueryParam("size") String size,
                            @QueryParam("branch") String branch, @QueryParam("channel") String channel,
                            @QueryParam("issuedBy") String issuedBy,
                            @QueryParam("status") @Parameter(schema = @Schema(implementation = QuoteStatus.class))
                            String status,
                            @QueryParam("from") String from, @QueryParam("to") String to) {
        QuoteStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = QuoteStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("status", Text.of("field.quote-status"));
            }
        }
        return book.list(PageRequest.parse(page, size), blank(branch), blank(channel), blank(issuedBy), wanted,
                Period.parse(from, to, null, null));
    }

    @POST
    @Path("/{code}/void")
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(summary = "Void a quote", description = "ISSUED (or EXPIRED) → VOIDED; otherwise 409.")
    public Quote voidQuote(@PathParam("code") @Parameter(description = QUOTE_CODE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String code) {
        return book.transition(QuoteCodes.parse("code", code), QuoteStatus.VOIDED, callers.current());
    }

    @POST
    @Path("/{code}/redeem")
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(summary = "Mark a quote redeemed", description = "ISSUED → REDEEMED when the customer is served; "
            + "an expired, voided or redeemed quote answers 409.")
    public Quote redeem(@PathParam("code") @Parameter(description = QUOTE_CODE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String code) {
        return book.transition(QuoteCodes.parse("code", code), QuoteStatus.REDEEMED, callers.current());
    }

    /**
     * The header as sent, 1 to 255 characters: JAX-RS reads an empty header as absent, but a client that sends an
     * empty key has a bug worth a 400 rather than a second quote on its retry.
     */
    private static String idempotencyKey(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader("Idempotency-Key");
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.invalidField("Idempotency-Key", Text.of("field.header-once"));
        }
        String key = values.get(0) == null ? "" : values.get(0);
        if (key.isBlank() || key.length() > 255) {
            throw ApiException.invalidField("Idempotency-Key", Text.of("field.idempotency-key-length"));
        }
        return key;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
