package com.oneprice.verification;

import com.oneprice.platform.ReadAccess;
import com.oneprice.quotes.Callers;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/quotes/verify")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes")
public class VerifyResource {

    @Inject
    Callers callers;

    @Inject
    Verifications verifications;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a price, a quoted amount or a quote", description = """
            Answers the authoritative price for `branch`, `at` (default now), `channel` and `items`. With `quotedTotal`
            the answer carries a verdict: MATCH, or MISMATCH with the difference (quoted − authoritative) and the
            reasons found by re-pricing real alternatives: other branches (BRANCH_PRICE_DIFFERS), this branch at every
            change within the lookback (default 180 days) and at the next scheduled change (PROMOTION_EXPIRED,
            PROMOTION_NOT_STARTED, PRICE_CHANGED, BUNDLE_COMPOSITION_CHANGED), running promotions that exclude this
            branch, channel or service (PROMOTION_NOT_APPLICABLE), a bundle without some components (BUNDLE_PARTIAL);
            whole-request explanations first; none found → UNEXPLAINED. Branches that do not sell the items then are
            no alternative and are left out of the search; an item not sold at `branch` itself answers 422
            `not-sold` naming `items[i].service` (see the effective price). A bare quoted amount is not evidence: the
            customer pays the current total and honouring costs nothing.
            With `quoteCode` (instead of `items` and `quotedTotal`) the recorded quote is compared with the answer at
            `at` (default now) and `branch` (default the quote's): QUOTE_EXPIRED and a branch other than the quote's
            are reasons too, and under the honour policy (`pricing.quotes.honour-policy`: HONOUR_VALID_QUOTES, the
            default, or LIST_PRICE) `payable` is what the customer pays — the lower of quoted and current for an
            unexpired issued quote presented at its own branch, else the current total — and `honourCost` what
            honouring costs. Every verification with a quoted amount
            or a code is logged for the discrepancy reports. Roles: operator, integration, pricing-admin,
            auditor; anonymous (without a quote code) when public read is on.""")
    @ReadAccess
    public VerifyAnswer verify(@Valid @NotNull VerifyRequest body) {
        if (body.quoteCode() != null && !body.quoteCode().isBlank() && identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return verifications.verify(body, callers.current());
    }
}
