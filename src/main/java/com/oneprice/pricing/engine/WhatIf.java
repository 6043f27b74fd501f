package com.oneprice.pricing.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a request priced as it would have been under other assumptions: at another branch, moment or channel,
 * with a promotion that does not apply, without one that does, with another composition of a bundle or only some
 * of its components, for another quantity. The explanation of a quoted amount prices many of these, so the service
 * and the promotions that may cover it are looked up once per line, not once per alternative; the price itself is
 * the engine's, rule for rule, so an alternative with no assumption changed is exactly the authoritative line.
 * Immutable: each {@code with…} answers a copy.
 */
public final class WhatIf {

    private final CatalogSnapshot snapshot;
    private final PricingEngine.Sale sale;
    private final Service service;
    private final List<Promotion> candidates;
    private final Branch branch;
    private final Instant at;
    private final Channel channel;
    private final int quantity;
    private final Promotion forced;
    private final PromotionCode withheld;
    private final Composition composition;
    private final List<Component> components;

    private WhatIf(CatalogSnapshot snapshot, PricingEngine.Sale sale, Service service, List<Promotion> candidates,
                   Branch branch, Instant at, Channel channel, int quantity, Promotion forced, PromotionCode withheld,
                   Composition composition, List<Component> components) {
        this.snapshot = snapshot;
        this.sale = sale;
        this.service = service;
        this.candidates = candidates;
        this.branch = branch;
        this.at = at;
        this.channel = channel;
        this.quantity = quantity;
        this.forced = forced;
        this.withheld = withheld;
        this.composition = composition;
        this.components = components;
    }

    /** Line {@code index} of {@code request} as the engine prices it. */
    public static WhatIf line(CatalogSnapshot snapshot, PriceRequest request, int index) {
        PriceRequest.Item item = request.items().get(index);
        Service service = PricingEngine.service(snapshot, index, item.service());
        return new WhatIf(snapshot, new PricingEngine.Sale(index, service.code()), service,
                snapshot.promotionsFor(service),
                PricingEngine.branch(snapshot, request.branch()), request.at(), request.channel(), item.quantity(),
                null, null, null, null);
    }

    public Service service() {
        return service;
    }

    public Branch branch() {
        return branch;
    }

    public Instant at() {
        return at;
    }

    public Channel channel() {
        return channel;
    }

    public int quantity() {
        return quantity;
    }

    /** The promotions whose service scope may cover this line, whatever their window, branch or channel. */
    public List<Promotion> promotions() {
        return candidates;
    }

    public WhatIf atBranch(Branch other) {
        return new WhatIf(snapshot, sale, service, candidates, Objects.requireNonNull(other), at, channel, quantity, forced,
                withheld, composition, components);
    }

    public WhatIf atMoment(Instant other) {
        return new WhatIf(snapshot, sale, service, candidates, branch, Objects.requireNonNull(other), channel, quantity,
                forced, withheld, composition, components);
    }

    public WhatIf forQuantity(int other) {
        return new WhatIf(snapshot, sale, service, candidates, branch, at, channel, other, forced, withheld, composition,
                components);
    }

    /** As if {@code promotion} applied here and now, whatever its window and scope. */
    public WhatIf withPromotion(Promotion promotion) {
        return new WhatIf(snapshot, sale, service, candidates, branch, at, channel, quantity,
                Objects.requireNonNull(promotion), withheld, composition, components);
    }

    /** As if promotion {@code code} did not apply. */
    public WhatIf withoutPromotion(PromotionCode code) {
        return new WhatIf(snapshot, sale, service, candidates, branch, at, channel, quantity, forced,
                Objects.requireNonNull(code), composition, components);
    }

    /** The bundle priced with {@code other}, one of its compositions, instead of the one in force. */
    public WhatIf withComposition(Composition other) {
        return new WhatIf(snapshot, sale, service, candidates, branch, at, channel, quantity, forced, withheld,
                Objects.requireNonNull(other), other.components());
    }

    /**
     * The bundle priced from {@code kept}, a part of {@code of}'s components: under {@code of}'s own mode, or as
     * the plain sum of their prices when {@code plainSum}.
     */
    public WhatIf withComponents(Composition of, List<Component> kept, boolean plainSum) {
        Composition priced = plainSum ? new Composition(of.window(), new BundlePricing(BundleMode.SUM, null),
                of.components()) : of;
        return new WhatIf(snapshot, sale, service, candidates, branch, at, channel, quantity, forced, withheld, priced,
                List.copyOf(kept));
    }

    /** The line under these assumptions; a {@link PricingException} when it cannot be priced so. */
    public PriceAnswer.Line price() {
        PricingEngine.Listed listed = composition == null
                ? PricingEngine.listed(snapshot, sale, service, branch, at, 0)
                : PricingEngine.bundle(snapshot, sale, service, composition, components, branch, at, 0);
        List<Promotion> applicable = PricingEngine.applicablePromotions(candidates, service, branch, at, channel);
        if (withheld != null || forced != null) {
            applicable = new ArrayList<>(applicable);
            applicable.removeIf(p -> p.code().equals(withheld));
            if (forced != null && applicable.stream().noneMatch(p -> p.code().equals(forced.code()))) {
                applicable.add(forced);
            }
        }
        return PricingEngine.discounted(snapshot.rounding(), service.code(), quantity, listed, applicable);
    }
}
