package com.oneprice.pricing;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.Params;
import com.oneprice.platform.security.ReadAccess;
import com.oneprice.pricing.engine.BranchCode;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.Channel;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.words.Language;
import com.oneprice.words.Languages;
import com.oneprice.words.Text;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

@Path("/prices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pricing")
public class PricingResource {

    /** The engine prices items; these operations ask for one with the query parameter `service`. */
    private static final String ONE_ITEM = "items[0].service";
    static final long DEFAULT_TIMELINE_DAYS = 30;
    static final long MAX_TIMELINE_DAYS = 366;

    @Inject
    Pricing pricing;

    @Inject
    PriceCaching caching;

    @GET
    @Path("effective")
    @ReadAccess
    @Operation(summary = "The authoritative price of one service", description = "For a branch, a moment (`at`, "
            + "ISO-8601 with offset, default now) and a channel; with the bundle breakdown, the promotions applied, "
            + "`validUntil` and cheaper `alternatives`. A service with no price at that branch and moment (neither "
            + "the branch's own nor a network-wide entry in the branch's currency), or a bundle with a component that "
            + "has none, is not sold there: 422 of type `not-sold`, its `errors` naming `service` and its detail the "
            + "component. Roles: operator, integration, pricing-admin, auditor; anonymous when public read is on. "
            + "Computed from the in-memory catalog snapshot, never from a database query. The weak `ETag` changes "
            + "whenever the answer could (catalog version, request, validUntil, alternatives); `If-None-Match` naming "
            + "it answers 304. `Cache-Control` max-age is at most `pricing.http.cache.max-age`, never past "
            + "`validUntil`, and never past the next moment a price of the items may change at another branch priced "
            + "for `alternatives` or come into their horizon here. `say` is written in the language "
            + "`Accept-Language` chose (`Content-Language` names it); the ETag differs per language and the answer "
            + "has `Vary: Accept-Language`.")
    @APIResponse(responseCode = "200", description = "The price answer", headers = {
            @Header(name = "ETag", ref = "AnswerETag"), @Header(name = "Cache-Control", ref = "Cache-Control")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PriceAnswerJson.class)))
    @AnsweredFromSnapshot
    public Response effective(@QueryParam("branch") @Parameter(required = true) String branch,
                              @QueryParam("service") @Parameter(required = true) String service,
                              @QueryParam("at") String at, @QueryParam("channel") String channel,
                              @QueryParam("quantity") String quantity,
                              @HeaderParam("If-None-Match") String ifNoneMatch, @Context HttpHeaders headers) {
        Language language = Languages.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        int count = Params.integer("quantity", quantity, 1, 1, PriceRequest.Item.MAX_QUANTITY);
        PriceRequest request;
        CatalogSnapshot snapshot = pricing.snapshot();
        PriceAnswerJson answer;
        Instant holds;
        try {
            request = pricing.request(branch, at, channel,
                    List.of(new ItemJson(Params.required("service", service), count)));
            PriceAnswer priced = pricing.price(snapshot, request);
            answer = Pricing.json(snapshot, priced, language, pricing.alternatives(snapshot, request, priced));
            holds = pricing.holdsUntil(snapshot, request, priced).orElse(null);
        } catch (ApiException e) {
            throw e.renamed(ONE_ITEM, "service");
        }
        // The alternatives also follow from other branches' prices and the horizon: they are part of what is tagged.
        String asked = "effective branch=%s service=%s at=%s channel=%s quantity=%d alternatives=%s".formatted(
                request.branch().value(), request.items().get(0).service().value(), moment(at, request.at()),
                channelOf(request.channel()), count, tagged(answer.alternatives()));
        return caching.answer(answer, answer.catalogVersion(), asked, language, holds, ifNoneMatch);
    }

    @GET
    @Path("timeline")
    @ReadAccess
    @Operation(summary = "When the price of one service changes over a period, and why", description = "Segments of "
            + "constant price of one unit at a branch over `[from, to)` (default: from now, " + DEFAULT_TIMELINE_DAYS
            + " days), each with the list price, the price after promotions, the promotions applied and what starts "
            + "or ends at its beginning: a promotion, a scheduled price, a bundle's composition. The period is at "
            + "most " + MAX_TIMELINE_DAYS + " days; longer is a 400. Roles as for the effective price. Computed from "
            + "the in-memory catalog snapshot.")
    public TimelineJson timeline(
            @QueryParam("branch") @Parameter(required = true) String branch,
            @QueryParam("service") @Parameter(required = true) String service,
            @QueryParam("from") @Parameter(description = "start of the period, inclusive, ISO-8601 with offset; "
                    + "default now") String from,
            @QueryParam("to") @Parameter(description = "end of the period, exclusive, ISO-8601 with offset; default "
                    + DEFAULT_TIMELINE_DAYS + " days after `from`, at most " + MAX_TIMELINE_DAYS + " days after it")
            String to,
            @QueryParam("channel") String channel) {
        BranchCode branchCode = Pricing.code("branch", branch, BranchCode::new);
        ServiceCode serviceCode = Pricing.code("service", service, ServiceCode::new);
        Channel ch = Pricing.channel(channel);
        Instant start = Params.instant("from", from, pricing.now()).truncatedTo(ChronoUnit.MICROS);
        Instant end = Params.instant("to", to, start.plus(Duration.ofDays(DEFAULT_TIMELINE_DAYS)))
                .truncatedTo(ChronoUnit.MICROS);
        if (!end.isAfter(start)) {
            throw ApiException.invalidField("to", Text.of("field.to-after-from", start));
        }
        if (Duration.between(start, end).compareTo(Duration.ofDays(MAX_TIMELINE_DAYS)) > 0) {
            throw ApiException.invalidField("to", Text.of("field.period-days", MAX_TIMELINE_DAYS));
        }
        return TimelineJson.of(pricing.timeline(pricing.snapshot(), branchCode, serviceCode, ch, start, end));
    }

    @GET
    @Path("compare")
    @ReadAccess
    @Operation(summary = "One service at every branch, cheapest first", description = "Helps an operator offer a "
            + "cheaper branch nearby. Lists the active branches that sell the service at that moment; a branch where "
            + "it is not sold (see the effective price) is left out, so a service sold nowhere then answers an empty "
            + "list. Roles as for the effective price; `ETag`, `If-None-Match` and `Cache-Control` too, bounded by "
            + "the earliest `validUntil` of the branches, and the language as for the effective price.")
    @APIResponse(responseCode = "200", description = "The service's price at every branch", headers = {
            @Header(name = "ETag", ref = "AnswerETag"), @Header(name = "Cache-Control", ref = "Cache-Control")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompareAnswerJson.class)))
    @AnsweredFromSnapshot
    public Response compare(@QueryParam("service") @Parameter(required = true) String service,
                            @QueryParam("at") String at, @QueryParam("channel") String channel,
                            @HeaderParam("If-None-Match") String ifNoneMatch, @Context HttpHeaders headers) {
        Language language = Languages.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        ServiceCode code = Pricing.code("service", service, ServiceCode::new);
        Channel ch = Pricing.channel(channel);
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
                            a.validUntil().orElse(null), PriceSentences.say(snapshot, a, language));
                }).toList();
        Instant validUntil = branches.stream().map(CompareAnswerJson.BranchPrice::validUntil)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        // a branch that starts selling the service joins the list with no catalog change: the tag names the list
        String asked = "compare service=%s at=%s channel=%s branches=%s".formatted(code.value(), moment(at, moment),
                channelOf(ch), branches.stream().map(CompareAnswerJson.BranchPrice::branch).toList());
        return caching.answer(new CompareAnswerJson(code.value(), moment, ch == null ? null : ch.value(),
                snapshot.version(), branches), snapshot.version(), asked, language, validUntil, ifNoneMatch);
    }

    /** The moment asked for, or "now" when the request named none: its answer holds until validUntil. */
    private static String moment(String at, Instant read) {
        return at == null || at.isBlank() ? "now" : read.toString();
    }

    private static String channelOf(Channel channel) {
        return channel == null ? "" : channel.value();
    }

    /**
     * The alternatives as the tag needs them: another branch's is at the request's moment, which the tag names already
     * as asked ("now" when no {@code at} was given), so its {@code at} is left out, else no tag would match twice.
     */
    private static String tagged(List<PriceAnswerJson.AlternativeJson> alternatives) {
        return alternatives == null ? "[]" : alternatives.stream()
                .map(a -> "OTHER_BRANCH".equals(a.type())
                        ? new PriceAnswerJson.AlternativeJson(a.type(), a.branch(), null, a.until(), a.total(),
                        a.saving(), a.say())
                        : a)
                .toList().toString();
    }
}
