package com.oneprice.pricing;

import com.oneprice.platform.ApiException;
import com.oneprice.platform.Params;
import com.oneprice.platform.ReadAccess;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.Channel;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.pricing.engine.ServiceCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

@Path("/prices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pricing")
public class PricingResource {

    /** The engine prices items; these operations ask for one with the query parameter `service`. */
    private static final String ONE_ITEM = "items[0].service";

    @Inject
    Pricing pricing;

    @GET
    @Path("effective")
    @ReadAccess
    @Operation(summary = "The authoritative price of one service", description = "For a branch, a moment (`at`, "
            + "ISO-8601 with offset, default now) and a channel; with the bundle breakdown, the promotions applied "
            + "and `validUntil`. A service with no price at that branch and moment (neither the branch's own nor a "
            + "network-wide entry in the branch's currency), or a bundle with a component that has none, is not sold "
            + "there: 422 of type `not-sold`, its `errors` naming `service` and its detail the component. Roles: "
            + "operator, integration, pricing-admin, auditor; anonymous when public read is on. Computed from the "
            + "in-memory catalog snapshot, never from a database query.")
    public PriceAnswerJson effective(@QueryParam("branch") @Parameter(required = true) String branch,
                                     @QueryParam("service") @Parameter(required = true) String service,
                                     @QueryParam("at") String at, @QueryParam("channel") String channel,
                                     @QueryParam("quantity") String quantity) {
        int count = Params.integer("quantity", quantity, 1, 1, PriceRequest.Item.MAX_QUANTITY);
        try {
            PriceRequest request = pricing.request(branch, at, channel,
                    List.of(new VerifyRequest.Item(Params.required("service", service), count)));
            return Pricing.json(pricing.price(pricing.snapshot(), request), null);
        } catch (ApiException e) {
            throw e.renamed(ONE_ITEM, "service");
        }
    }

    @GET
    @Path("compare")
    @ReadAccess
    @Operation(summary = "One service at every branch, cheapest first", description = "Helps an operator offer a "
            + "cheaper branch nearby. Lists the active branches that sell the service at that moment; a branch where "
            + "it is not sold (see the effective price) is left out, so a service sold nowhere then answers an empty "
            + "list. Roles as for the effective price.")
    public CompareAnswerJson compare(@QueryParam("service") @Parameter(required = true) String service,
                                     @QueryParam("at") String at,
                                     @QueryParam("channel") String channel) {
        ServiceCode code = Pricing.code("service", service, ServiceCode::new);
        Channel ch = channel == null || channel.isBlank() ? null : Pricing.code("channel", channel, Channel::new);
        Instant moment = Params.instant("at", at, pricing.now());
        CatalogSnapshot snapshot = pricing.snapshot();
        List<PriceAnswer> answers;
        try {
            answers = pricing.compare(snapshot, code, moment, ch);
        } catch (ApiException e) {
            throw e.renamed(ONE_ITEM, "service");
        }
        List<CompareAnswerJson.BranchPrice> branches = answers.stream()
                .map(a -> {
                    PriceAnswer.Line line = a.lines().get(0);
                    return new CompareAnswerJson.BranchPrice(a.branch().value(), Pricing.json(line.listPrice()),
                            Pricing.json(line.unitPrice()), Pricing.json(line).promotions(),
                            a.validUntil().orElse(null));
                }).toList();
        return new CompareAnswerJson(code.value(), moment, ch == null ? null : ch.value(), snapshot.version(), branches);
    }
}
