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

    @Inject
    Pricing pricing;

    @GET
    @Path("effective")
    @ReadAccess
    @Operation(summary = "The authoritative price of one service", description = "For a branch, a moment (`at`, "
            + "ISO-8601 with offset, default now) and a channel; with the bundle breakdown, the promotions applied "
            + "and `validUntil`. Roles: operator, integration, pricing-admin, auditor; anonymous when public read is "
            + "on. Computed from the in-memory catalog snapshot, never from a database query.")
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
            // the engine knows one item; the caller asked with the query parameter `service`
            throw e.renamed("items[0].service", "service");
        }
    }

    @GET
    @Path("compare")
    @ReadAccess
    @Operation(summary = "One service at every branch, cheapest first", description = "Helps an operator offer a "
            + "cheaper branch nearby. Roles as for the effective price.")
    public CompareAnswerJson compare(@QueryParam("service") @Parameter(required = true) String service,
                                     @QueryParam("at") String at,
                                     @QueryParam("channel") String channel) {
        ServiceCode code = Pricing.code("service", service, ServiceCode::new);
        Channel ch = channel == null || channel.isBlank() ? null : Pricing.code("channel", channel, Channel::new);
        Instant moment = Params.instant("at", at, pricing.now());
        CatalogSnapshot snapshot = pricing.snapshot();
        List<CompareAnswerJson.BranchPrice> branches = pricing.compare(snapshot, code, moment, ch).stream()
                .map(a -> {
                    PriceAnswer.Line line = a.lines().get(0);
                    return new CompareAnswerJson.BranchPrice(a.branch().value(), Pricing.json(line.listPrice()),
                            Pricing.json(line.unitPrice()), Pricing.json(line).promotions(),
                            a.validUntil().orElse(null));
                }).toList();
        return new CompareAnswerJson(code.value(), moment, ch == null ? null : ch.value(), snapshot.version(), branches);
    }
}
