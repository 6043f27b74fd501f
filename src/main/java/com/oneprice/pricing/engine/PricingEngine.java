package com.oneprice.pricing.engine;

import com.oneprice.pricing.engine.PricingException.NotSold;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Prices a request against a snapshot. Plain functions over immutable data: the same snapshot and request always
 * give the same answer, on every instance and for every channel.
 *
 * <p><b>Price selection.</b> The branch's own entry effective at {@code at} wins over the network entry; windows
 * are half-open, so an entry starting exactly at {@code at} applies and one ending exactly then does not.
 *
 * <p><b>Bundles.</b> The composition effective at {@code at} is used. SUM adds its components' list prices × quantity
 * (nested bundles priced the same way), SUM_MINUS_PERCENT takes a percentage off that sum, FIXED uses the bundle's
 * own entries. Promotions on components do not apply inside a bundle: what is sold is the bundle.
 *
 * <p><b>Promotions.</b> Those active at {@code at} (a local window read in the branch's zone) and in scope for the
 * branch, the channel and the service or its category. Among non-stackable promotions the one leaving the customer
 * the lowest price wins (ties: higher priority, then code — never creation order). Stackable promotions then apply
 * one after another on the already-discounted price, higher priority first (ties: code). PERCENT takes that
 * percentage of the running price, rounded half-up; AMOUNT_OFF takes the amount; FIXED_PRICE lowers the price to the
 * amount, never raises it. A price never goes below zero.
 *
 * <p><b>Rounding.</b> List and unit prices are rounded half-up to the currency's increment per unit, then multiplied
 * by the quantity, so a line total is always unit price × quantity and the total is the sum of the lines.
 *
 * <p><b>Not sold.</b> A service with no entry effective at the branch and moment in the branch's currency, neither
 * its own nor the network's, is not sold there; so is a bundle with no composition then, or with a component not
 * sold there. Pricing it is refused with {@link PricingException.NotSold}; compare and the verifier's search leave
 * such a branch out. The engine throws nothing but {@link PricingException}, each naming the request's field.
 */
public final class PricingEngine {

    static final int VALID_UNTIL_WALK = 64;
    private static final int MAX_BUNDLE_DEPTH = 16;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Stackable promotions apply highest priority first, then by code. */
    private static final Comparator<Promotion> STACKING_ORDER = Comparator.comparingInt(Promotion::priority)
            .reversed().thenComparing(Promotion::code);

    private PricingEngine() {
    }

    public static PriceAnswer price(CatalogSnapshot snapshot, PriceRequest request) {
        Branch branch = branch(snapshot, request.branch());
        List<PriceAnswer.Line> lines = lines(snapshot, branch, request, null);
        return new PriceAnswer(branch.code(), request.at(), request.channel(), snapshot.version(), lines,
                total(snapshot, lines, branch), validUntil(snapshot, branch, request, lines));
    }

    static Branch branch(CatalogSnapshot snapshot, BranchCode code) {
        return snapshot.branch(code).orElseThrow(() -> new PricingException.UnknownBranch(code));
    }

    /** The service the request's item {@code index} names. */
    static Service service(CatalogSnapshot snapshot, int index, ServiceCode code) {
        return snapshot.service(code).orElseThrow(() -> new PricingException.UnknownService(index, code));
    }

    /**
     * One unit of {@code service} at every active branch that sells it at {@code at}, cheapest first (then by code).
     * A branch where it is not sold is left out: a service sold nowhere then gives no answers, not an error.
     */
    public static List<PriceAnswer> compare(CatalogSnapshot snapshot, ServiceCode service, Instant at,
                                            Channel channel) {
        service(snapshot, 0, service);
        List<PriceAnswer> answers = new ArrayList<>();
        for (Branch branch : snapshot.branches()) {
            if (!branch.active()) {
                continue;
            }
            try {
                answers.add(price(snapshot, new PriceRequest(branch.code(), at, channel,
                        List.of(new PriceRequest.Item(service, 1)))));
            } catch (PricingException.NotSold notSoldThere) {
                // not an alternative for the customer
            }
        }
        answers.sort(Comparator.comparing((PriceAnswer a) -> a.total().currency().getCurrencyCode())
                .thenComparing(a -> a.total().amount()).thenComparing(a -> a.branch().value()));
        return answers;
    }

    static Money total(CatalogSnapshot snapshot, List<PriceAnswer.Line> lines, Branch branch) {
        Money total = snapshot.rounding().round(BigDecimal.ZERO, branch.currency());
        for (PriceAnswer.Line line : lines) {
            total = total.plus(line.lineTotal());
        }
        return total;
    }

    static List<PriceAnswer.Line> lines(CatalogSnapshot snapshot, Branch branch, PriceRequest request,
                                        Promotion forced) {
        List<PriceAnswer.Line> lines = new ArrayList<>(request.items().size());
        for (int i = 0; i < request.items().size(); i++) {
            lines.add(line(snapshot, branch, request.at(), request.channel(), i, request.items().get(i), forced));
        }
        return lines;
    }

    /**
     * The line of {@code item}, the request's item {@code index}; {@code forced}, when given, is applied as if it were
     * in scope (for "what if" explanations).
     */
    static PriceAnswer.Line line(CatalogSnapshot snapshot, Branch branch, Instant at, Channel channel, int index,
                                 PriceRequest.Item item, Promotion forced) {
        Service service = service(snapshot, index, item.service());
        Listed listed = listed(snapshot, new Sale(index, service.code()), service, branch, at, 0);
        List<Promotion> applicable = new ArrayList<>(applicablePromotions(snapshot.promotionsFor(service), service,
                branch, at, channel));
        if (forced != null && applicable.stream().noneMatch(p -> p.code().equals(forced.code()))) {
            applicable.add(forced);
        }
        return discounted(snapshot.rounding(), service.code(), item.quantity(), listed, applicable);
    }

    static PriceAnswer.Line discounted(Rounding rounding, ServiceCode service, int quantity, Listed listed,
                                       List<Promotion> applicable) {
        Money list = listed.unitPrice();
        // plain loops, no streams: the explanation of a quoted amount prices hundreds of lines per request
        List<PriceAnswer.AppliedPromotion> applied = new ArrayList<>(applicable.size());
        List<Promotion> stackable = null;
        Money running = list;
        Promotion best = null;
        Money bestPrice = list;
        for (Promotion p : applicable) {
            if (p.stackable()) {
                if (stackable == null) {
                    stackable = new ArrayList<>(applicable.size());
                }
                stackable.add(p);
                continue;
            }
            Money price = apply(rounding, p, list);
            if (price.isLessThan(bestPrice) || (best != null && price.equals(bestPrice) && outranks(p, best))) {
                best = p;
                bestPrice = price;
            }
        }
        if (best != null) {
            applied.add(new PriceAnswer.AppliedPromotion(best.code(), list.minus(bestPrice).times(quantity)));
            running = bestPrice;
        }
        if (stackable != null) {
            stackable.sort(STACKING_ORDER);
            for (Promotion p : stackable) {
                Money next = apply(rounding, p, running);
                if (next.isLessThan(running)) {
                    applied.add(new PriceAnswer.AppliedPromotion(p.code(), running.minus(next).times(quantity)));
                    running = next;
                }
            }
        }
        return new PriceAnswer.Line(service, quantity, list, running, running.times(quantity), applied,
                listed.components());
    }

    private static boolean outranks(Promotion a, Promotion b) {
        return a.priority() != b.priority() ? a.priority() > b.priority() : a.code().compareTo(b.code()) < 0;
    }

    /** The price after one promotion: rounded, never below zero, never above {@code price}. */
    static Money apply(Rounding rounding, Promotion promotion, Money price) {
        Discount d = promotion.discount();
        Money off = switch (d.type()) {
            case PERCENT -> rounding.round(price.amount().multiply(d.value()).movePointLeft(2), price.currency());
            case AMOUNT_OFF -> rounding.round(d.value(), price.currency());
            case FIXED_PRICE -> price.minus(rounding.round(d.value(), price.currency()));
        };
        if (off.isNegative()) {
            return price;
        }
        Money result = price.minus(off);
        return result.isNegative() ? rounding.round(BigDecimal.ZERO, price.currency()) : result;
    }

    /** Those of {@code candidates} (promotions whose service scope may cover {@code service}) that apply. */
    static List<Promotion> applicablePromotions(List<Promotion> candidates, Service service, Branch branch, Instant at,
                                                Channel channel) {
        List<Promotion> result = new ArrayList<>(2);
        for (Promotion p : candidates) {
            if (p.scope().coversBranch(branch.code()) && p.scope().coversChannel(channel)
                    && p.scope().coversService(service) && p.appliesToCurrency(branch.currency())
                    && p.window().in(branch.zone()).filter(window -> window.contains(at)).isPresent()) {
                result.add(p);
            }
        }
        return result;
    }

    /** A service's unit list price at a branch and moment, with a bundle's component breakdown. */
    record Listed(Money unitPrice, List<PriceAnswer.ComponentLine> components) {
    }

    /**
     * The request's item {@code index}, selling {@code service}: what a refusal deep inside a bundle is about, so that
     * it names the item and the component at fault.
     */
    record Sale(int index, ServiceCode service) {
        NotSold notSold(ServiceCode part, Branch branch, Instant at, NotSold.Cause why) {
            return new NotSold(index, service, part.equals(service) ? null : part, branch, at, why,
                    MAX_BUNDLE_DEPTH);
        }
    }

    static Listed listed(CatalogSnapshot snapshot, Sale sale, Service service, Branch branch, Instant at, int depth) {
        if (depth > MAX_BUNDLE_DEPTH) {
            throw sale.notSold(service.code(), branch, at, NotSold.Cause.NESTED_TOO_DEEP);
        }
        if (service.kind() == ServiceKind.SIMPLE) {
            return new Listed(ownPrice(snapshot, sale, service, branch, at), List.of());
        }
        Composition composition = service.compositionAt(at)
                .orElseThrow(() -> sale.notSold(service.code(), branch, at, NotSold.Cause.NO_COMPOSITION));
        return bundle(snapshot, sale, service, composition, composition.components(), branch, at, depth);
    }

    /** Prices a bundle from {@code components} (all of its composition, or a part of it for explanations). */
    static Listed bundle(CatalogSnapshot snapshot, Sale sale, Service bundle, Composition composition,
                         List<Component> components, Branch branch, Instant at, int depth) {
        List<PriceAnswer.ComponentLine> lines = new ArrayList<>(components.size());
        Money sum = snapshot.rounding().round(BigDecimal.ZERO, branch.currency());
        for (Component component : components) {
            Service part = snapshot.service(component.service())
                    .orElseThrow(() -> sale.notSold(component.service(), branch, at, NotSold.Cause.NOT_IN_CATALOG));
            Listed listed = listed(snapshot, sale, part, branch, at, depth + 1);
            Money total = listed.unitPrice().times(component.quantity());
            lines.add(new PriceAnswer.ComponentLine(part.code(), component.quantity(), listed.unitPrice(), total,
                    listed.components()));
            sum = sum.plus(total);
        }
        Money unit = switch (composition.pricing().mode()) {
            case SUM -> snapshot.rounding().round(sum);
            case SUM_MINUS_PERCENT -> snapshot.rounding().round(sum.amount().multiply(
                    HUNDRED.subtract(composition.pricing().percent())).movePointLeft(2), sum.currency());
            case FIXED -> ownPrice(snapshot, sale, bundle, branch, at);
        };
        return new Listed(unit, lines);
    }

    private static Money ownPrice(CatalogSnapshot snapshot, Sale sale, Service service, Branch branch, Instant at) {
        Money price = snapshot.priceAt(service.code(), branch, at);
        if (price == null) {
            throw sale.notSold(service.code(), branch, at, NotSold.Cause.NO_PRICE);
        }
        return snapshot.rounding().round(price);
    }

    /**
     * Walks the instants after {@code at} at which something these items depend on starts or ends, and returns the
     * first at which the lines really differ. Bounded: past the walk the next candidate is returned, which is early
     * rather than late — an answer must never claim to hold longer than it does.
     */
    static Optional<Instant> validUntil(CatalogSnapshot snapshot, Branch branch, PriceRequest request,
                                        List<PriceAnswer.Line> lines) {
        TreeSet<Instant> candidates = new TreeSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            boundaries(snapshot, service(snapshot, i, request.items().get(i).service()), branch, request.channel(),
                    true, 0, t -> {
                        if (t.isAfter(request.at())) {
                            candidates.add(t);
                        }
                    });
        }
        int walked = 0;
        for (Instant candidate : candidates) {
            if (walked++ == VALID_UNTIL_WALK) {
                return Optional.of(candidate);
            }
            try {
                if (!lines(snapshot, branch, request.at(candidate), null).equals(lines)) {
                    return Optional.of(candidate);
                }
            } catch (PricingException e) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Every instant at which the price of {@code service} at {@code branch} for {@code channel} may change; with
     * {@code withPromotions} false, only its list price and composition.
     */
    public static void boundaries(CatalogSnapshot snapshot, Service service, Branch branch, Channel channel,
                                  boolean withPromotions, Consumer<Instant> sink) {
        boundaries(snapshot, service, branch, channel, withPromotions, 0, sink);
    }

    static void boundaries(CatalogSnapshot snapshot, Service service, Branch branch, Channel channel,
                           boolean withPromotions, int depth, Consumer<Instant> sink) {
        changes(snapshot, service, branch, channel, withPromotions, depth, (at, change) -> sink.accept(at));
    }

    /** {@link #boundaries}, each instant with what changes then. */
    static void changes(CatalogSnapshot snapshot, Service service, Branch branch, Channel channel,
                        boolean withPromotions, int depth, Change.Sink sink) {
        if (depth > MAX_BUNDLE_DEPTH) {
            return;
        }
        Change price = new Change(Change.Type.PRICE_CHANGES, service.code(), null);
        snapshot.priceBoundaries(service.code(), branch.code(), at -> sink.accept(at, price));
        for (Promotion p : withPromotions ? snapshot.promotionsFor(service) : List.<Promotion>of()) {
            if (p.scope().coversBranch(branch.code()) && p.scope().coversChannel(channel)
                    && p.scope().coversService(service)) {
                p.window().in(branch.zone()).ifPresent(window -> {
                    sink.accept(window.from(), new Change(Change.Type.PROMOTION_STARTS, null, p.code()));
                    if (window.to() != null) {
                        sink.accept(window.to(), new Change(Change.Type.PROMOTION_ENDS, null, p.code()));
                    }
                });
            }
        }
        Change composed = new Change(Change.Type.COMPOSITION_CHANGES, service.code(), null);
        for (Composition composition : service.compositions()) {
            sink.accept(composition.window().from(), composed);
            if (composition.window().to() != null) {
                sink.accept(composition.window().to(), composed);
            }
            for (Component component : composition.components()) {
                // promotions on components do not apply inside a bundle, so only their prices matter here
                snapshot.service(component.service()).ifPresent(part ->
                        changes(snapshot, part, branch, channel, false, depth + 1, sink));
            }
        }
    }
}
