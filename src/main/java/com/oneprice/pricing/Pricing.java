package com.oneprice.pricing;

import com.oneprice.platform.api.Amounts;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.MoneyJson;
import com.oneprice.platform.api.Params;
import com.oneprice.platform.boot.PricingConfig;
import com.oneprice.platform.problems.ProblemType;
import com.oneprice.pricing.engine.Alternative;
import com.oneprice.pricing.engine.AlternativeOptions;
import com.oneprice.pricing.engine.Alternatives;
import com.oneprice.pricing.engine.BranchCode;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.Channel;
import com.oneprice.pricing.engine.MalformedCode;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.pricing.engine.PriceTimeline;
import com.oneprice.pricing.engine.PricingEngine;
import com.oneprice.pricing.engine.PricingException;
import com.oneprice.pricing.engine.Service;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.words.Language;
import com.oneprice.words.Text;
import com.oneprice.words.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The HTTP-facing side of the engine: turns requests into engine requests (with field-named errors), runs them on
 * the current snapshot — never on the database — and turns answers into their JSON shape.
 */
@ApplicationScoped
public class Pricing {

    @Inject
    Snapshots snapshots;

    @Inject
    CatalogFreshness freshness;

    @Inject
    PricingConfig config;

    @Inject
    Clock clock;

    /** The current snapshot; a 503 when the database has not confirmed it for longer than the staleness bound. */
    public CatalogSnapshot snapshot() {
        CatalogSnapshot snapshot = snapshots.current();
        freshness.requireFresh();
        return snapshot;
    }

    public PriceRequest request(String branch, String at, String channel, List<ItemJson> items) {
        BranchCode branchCode = code("branch", branch, BranchCode::new);
        // Microseconds, as PostgreSQL keeps them: a recorded quote's `at` reads back exactly as it was priced.
        Instant moment = Params.instant("at", at, clock.instant()).truncatedTo(ChronoUnit.MICROS);
        Channel ch = channel(channel);
        if (items == null || items.isEmpty()) {
            throw ApiException.invalidField("items", Text.of("field.items-required"));
        }
        List<PriceRequest.Item> engineItems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemJson item = items.get(i);
            int index = i;
            ServiceCode service = code("items[" + i + "].service", item.service(), ServiceCode::new);
            if (item.quantity() == null || item.quantity() <= 0 || item.quantity() > PriceRequest.Item.MAX_QUANTITY) {
                throw ApiException.invalidField("items[" + index + "].quantity",
                        Text.of("field.quantity", PriceRequest.Item.MAX_QUANTITY));
            }
            engineItems.add(new PriceRequest.Item(service, item.quantity()));
        }
        return new PriceRequest(branchCode, moment, ch, engineItems);
    }

    public PriceAnswer price(CatalogSnapshot snapshot, PriceRequest request) {
        PriceAnswer answer;
        try {
            answer = PricingEngine.price(snapshot, request);
        } catch (PricingException e) {
            throw problem(e);
        }
        // Quotes and the verification log keep amounts as numeric(19, 4): an answer they could not record is refused
        // here rather than failing later where the caller cannot see it.
        for (int i = 0; i < answer.lines().size(); i++) {
            if (answer.lines().get(i).lineTotal().amount().compareTo(Amounts.MAX) > 0) {
                throw ApiException.unprocessable("items[" + i + "].quantity", Text.of("problem.line-over-max",
                        answer.lines().get(i).lineTotal(), Amounts.MAX.toPlainString()));
            }
        }
        if (answer.total().amount().compareTo(Amounts.MAX) > 0) {
            throw ApiException.unprocessable("items", Text.of("problem.total-over-max", answer.total(),
                    Amounts.MAX.toPlainString()));
        }
        return answer;
    }

    /**
     * A quote is a promise to sell: only at an active branch and for services not archived. Prices and verification
     * still answer for archived ones, so the past stays reproducible.
     */
    public void requireOnSale(CatalogSnapshot snapshot, PriceRequest request) {
        snapshot.branch(request.branch()).filter(branch -> !branch.active()).ifPresent(branch -> {
            throw ApiException.unprocessable("branch", Text.of("problem.branch-inactive", branch.code()));
        });
        for (int i = 0; i < request.items().size(); i++) {
            ServiceCode code = request.items().get(i).service();
            if (snapshot.service(code).filter(Service::archived).isPresent()) {
                throw ApiException.unprocessable("items[" + i + "].service",
                        Text.of("problem.service-archived", code));
            }
        }
    }

    /** Now, by the business clock. */
    public Instant now() {
        return clock.instant();
    }

    /** Every active branch that sells the service at {@code at}, cheapest first (then by code). */
    public List<PriceAnswer> compare(CatalogSnapshot snapshot, ServiceCode service, Instant at, Channel channel) {
        try {
            return PricingEngine.compare(snapshot, service, at, channel);
        } catch (PricingException e) {
            throw problem(e);
        }
    }

    /** The timeline of one service at a branch; an unknown branch or service is a 404 naming its parameter. */
    public PriceTimeline timeline(CatalogSnapshot snapshot, BranchCode branch, ServiceCode service, Channel channel,
                                  Instant from, Instant to) {
        try {
            return PriceTimeline.of(snapshot, branch, service, channel, from, to);
        } catch (PricingException.UnknownBranch e) {
            throw ApiException.notFound("branch", "branch", branch.value());
        } catch (PricingException.UnknownService e) {
            throw ApiException.notFound("service", "service", service.value());
        }
    }

    /**
     * The engine's refusal as the caller's problem, about the field the engine names: 404 for what does not exist,
     * 422 {@code not-sold} for a service (or a bundle's component) without a price at that branch and moment, 400
     * for a quoted amount in another currency.
     */
    private static ApiException problem(PricingException e) {
        if (e instanceof PricingException.UnknownBranch b) {
            return ApiException.notFound(e.field(), "branch", b.branch().value());
        }
        if (e instanceof PricingException.UnknownService s) {
            return ApiException.notFound(e.field(), "service", s.service().value());
        }
        if (e instanceof PricingException.OtherCurrency other) {
            return ApiException.invalidField(e.field(), otherCurrency(other.branch(), other.prices(), other.quoted()));
        }
        Text detail = notSold((PricingException.NotSold) e);
        return new ApiException(ProblemType.NOT_SOLD, detail, List.of(new ApiException.FieldText(e.field(), detail)));
    }

    /** "branch B prices in RUB, not EUR": a quoted amount in another currency than the branch's. */
    public static Text otherCurrency(BranchCode branch, Currency prices, Currency quoted) {
        return Text.of("field.other-currency", branch, prices.getCurrencyCode(), quoted.getCurrencyCode());
    }

    /** The engine's refusal in the caller's words: what is not sold where and when, and why. */
    private static Text notSold(PricingException.NotSold e) {
        Text subject = e.component() == null ? Text.of("not-sold.it") : Text.of("not-sold.component", e.component());
        Text why = switch (e.cause()) {
            case NO_PRICE -> Text.of("not-sold.no-price", subject, e.currency().getCurrencyCode());
            case NO_COMPOSITION -> Text.of("not-sold.no-composition", subject);
            case NOT_IN_CATALOG -> Text.of("not-sold.not-in-catalog", subject);
            case NESTED_TOO_DEEP -> Text.of("not-sold.nested-too-deep", subject, e.depth());
        };
        return Text.of("problem.not-sold", e.service(), e.branch(), e.at(), why);
    }

    /** The channel a request names, or null when it names none; a 400 naming {@code channel} when it is no channel. */
    static Channel channel(String channel) {
        return channel == null || channel.isBlank() ? null : code("channel", channel, Channel::new);
    }

    /** A code from a request, or a 400 naming {@code field} when it is missing or not a valid code. */
    public static <T> T code(String field, String raw, Function<String, T> make) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.required(field);
        }
        try {
            return make.apply(raw.trim());
        } catch (MalformedCode e) {
            throw ApiException.invalidField(field, Text.of("field.code." + e.kind().name().toLowerCase(Locale.ROOT),
                    shown(e.value())));
        }
    }

    /** A refused code as a message repeats it: cut short, so a huge one is not echoed back whole. */
    private static Text shown(String value) {
        return value == null ? Text.of("code.nothing") : value.length() <= MalformedCode.SHOWN
                ? Text.of("code.given", value)
                : Text.of("code.given-long", value.substring(0, MalformedCode.SHOWN), value.length());
    }

    /** The answer with its alternatives, the sentences of both in {@code language}. */
    public static PriceAnswerJson json(CatalogSnapshot snapshot, PriceAnswer answer, Language language,
                                       List<Alternative> alternatives) {
        Words words = PriceSentences.words(snapshot, answer, language);
        return new PriceAnswerJson(answer.branch().value(), answer.at(),
                answer.channel() == null ? null : answer.channel().value(), answer.catalogVersion(),
                answer.lines().stream().map(Pricing::json).toList(), json(answer.total()),
                answer.validUntil().orElse(null), PriceSentences.say(snapshot, answer, words),
                alternatives.isEmpty() ? null : alternatives.stream().map(a -> json(snapshot, a, words)).toList());
    }

    static PriceAnswerJson.AlternativeJson json(CatalogSnapshot snapshot, Alternative alternative, Words words) {
        return new PriceAnswerJson.AlternativeJson(alternative.kind().name(), alternative.branch().value(),
                alternative.at(), alternative.until(), json(alternative.total()), json(alternative.saving()),
                PriceSentences.say(snapshot, alternative, words));
    }

    /** Cheaper ways to the same items (bounded by {@code pricing.alternatives.*}), for a price answer. */
    public List<Alternative> alternatives(CatalogSnapshot snapshot, PriceRequest request, PriceAnswer answer) {
        return Alternatives.find(snapshot, request, answer, alternativeOptions());
    }

    /** Until when the answer to {@code request}, alternatives included, holds for a caller asking for now. */
    public Optional<Instant> holdsUntil(CatalogSnapshot snapshot, PriceRequest request, PriceAnswer answer) {
        Optional<Instant> alternatives = Alternatives.holdUntil(snapshot, request, alternativeOptions());
        return Stream.of(answer.validUntil(), alternatives).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    private AlternativeOptions alternativeOptions() {
        return new AlternativeOptions(config.alternatives().horizon(), config.alternatives().branches());
    }

    public static PriceAnswerJson.LineJson json(PriceAnswer.Line line) {
        return new PriceAnswerJson.LineJson(line.service().value(), line.quantity(), json(line.listPrice()),
                json(line.unitPrice()), json(line.lineTotal()),
                line.promotions().stream().map(p -> new PriceAnswerJson.AppliedPromotionJson(p.code().value(),
                        json(p.discount()))).toList(),
                line.components().stream().map(Pricing::json).toList());
    }

    static PriceAnswerJson.ComponentLineJson json(PriceAnswer.ComponentLine c) {
        return new PriceAnswerJson.ComponentLineJson(c.service().value(), c.quantity(), json(c.unitPrice()),
                json(c.total()), c.components().stream().map(Pricing::json).toList());
    }

    public static MoneyJson json(Money money) {
        return MoneyJson.of(money.amount(), money.currency());
    }
}
