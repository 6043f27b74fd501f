package com.oneprice.verification;

import com.oneprice.platform.security.ReadAccess;
import com.oneprice.pricing.AnsweredFromSnapshot;
import com.oneprice.quotes.Callers;
import com.oneprice.words.Languages;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
            reasons found in the catalog's real history and alternatives. Each family of cause is one rule: another
            branch (BRANCH_PRICE_DIFFERS); another moment within the lookback (default 180 days) or the next change
            (PRICE_CHANGED, PROMOTION_EXPIRED, PROMOTION_NOT_STARTED, BUNDLE_COMPOSITION_CHANGED); a running promotion
            left out — the price from before it started, or once it ends (PROMOTION_LEFT_OUT); a promotion applied
            outside its window (PROMOTION_EXPIRED, PROMOTION_NOT_STARTED) or its branch, service or channel scope
            (PROMOTION_NOT_APPLICABLE); another composition of a bundle, or some of its components only
            (BUNDLE_COMPOSITION_CHANGED, BUNDLE_PARTIAL); another quantity (QUANTITY_DIFFERS). The search tries every
            single cause and every pair of causes within one budget (`pricing.verification.max-candidates` line
            pricings) and answers the explanations with the fewest causes, nearest in time first; each reason says
            which line it is about (`line`), the amount it accounts for and by how much it differs. None found →
            UNEXPLAINED. Branches that do not sell the items then are no alternative and are left out of the search;
            an item not sold at `branch` itself answers 422 `not-sold` naming `items[i].service` (see the effective
            price). A bare quoted amount is not evidence: the customer pays the current total and honouring costs
            nothing.
            With `quoteCode` (instead of `items` and `quotedTotal`) the recorded quote is compared line by line with
            the same items priced at `at` (default now) at its own branch: which line differs, by how much, and why
            (its list price changed, a promotion it had ended, was withdrawn or is out of scope, one it lacks runs
            now, its bundle's composition changed). QUOTE_EXPIRED and a branch other than the quote's (`branch`,
            default the quote's) are reasons too, and under the honour policy (`pricing.quotes.honour-policy`:
            HONOUR_VALID_QUOTES, the default, or LIST_PRICE) `payable` is what the customer pays — the lower of quoted
            and current for an unexpired issued quote presented at its own branch, else the current total — and
            `honourCost` what honouring costs. Every verification with a quoted amount or a code is logged for the
            discrepancy reports: a 200 means it is kept, on disk if the database is away, and recorded exactly once.
            While the database is unavailable, verify without a quote code keeps answering from the last catalog
            snapshot (`Catalog-Age` says how old) until `pricing.snapshot.max-staleness`; a quote code needs the
            database (503). Roles: operator, integration, pricing-admin, auditor; anonymous (without a quote
            code) when public read is on. Human text — `say` on the answer and on the verdict, each reason's `message`
            — is in the language `Accept-Language` chose (en or ru, q-values honoured; `pricing.messages.default-language`
            otherwise), named by `Content-Language`; amounts as people write them there, moments in the branch's
            time zone; every other field is the same in every language.""")
    @ReadAccess
    @AnsweredFromSnapshot
    public VerifyAnswer verify(@Valid @NotNull VerifyRequest body, @Context HttpHeaders headers) {
        if (body.quoteCode() != null && !body.quoteCode().isBlank() && identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return verifications.verify(body, callers.current(),
                Languages.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
