package com.oneprice.pricing.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole catalog at one version, immutable and indexed for pricing: price histories by (service, branch) and
 * network, promotions by service, by category and "all services". Shared by every request; rebuilt, never changed.
 */
public final class CatalogSnapshot {

    private final long version;
    private final Map<BranchCode, Branch> branches;
    private final Map<ServiceCode, Service> services;
    private final Map<ServiceCode, ServicePrices> prices;
    private final List<Promotion> promotions;
    private final Map<ServiceCode, List<Promotion>> promotionsByService;
    private final Map<String, List<Promotion>> promotionsByCategory;
    private final List<Promotion> promotionsForAllServices;
    private final Rounding rounding;

    private CatalogSnapshot(Builder b) {
        this.version = b.version;
        this.branches = Map.copyOf(b.branches);
        this.services = Map.copyOf(b.services);
        b.prices.forEach((service, p) -> p.seal(service));
        this.prices = Map.copyOf(b.prices);
        this.promotions = b.promotions.values().stream().sorted(Comparator.comparing(Promotion::code)).toList();
        Map<ServiceCode, List<Promotion>> byService = new HashMap<>();
        Map<String, List<Promotion>> byCategory = new HashMap<>();
        List<Promotion> all = new ArrayList<>();
        for (Promotion p : promotions) {
            if (p.scope().coversAllServices()) {
                all.add(p);
            }
            p.scope().services().forEach(s -> byService.computeIfAbsent(s, k -> new ArrayList<>()).add(p));
            p.scope().categories().forEach(c -> byCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(p));
        }
        this.promotionsByService = Map.copyOf(byService);
        this.promotionsByCategory = Map.copyOf(byCategory);
        this.promotionsForAllServices = List.copyOf(all);
        this.rounding = new Rounding(b.increments);
        for (Service service : services.values()) {
            for (Composition composition : service.compositions()) {
                for (Component component : composition.components()) {
                    if (!services.containsKey(component.service())) {
                        throw new IllegalArgumentException("bundle " + service.code() + " refers to unknown service "
                                + component.service());
                    }
                }
            }
        }
    }

    public static Builder builder(long version) {
        return new Builder(version);
    }

    public long version() {
        return version;
    }

    public Optional<Branch> branch(BranchCode code) {
        return Optional.ofNullable(branches.get(code));
    }

    public Collection<Branch> branches() {
        return branches.values();
    }

    public Optional<Service> service(ServiceCode code) {
        return Optional.ofNullable(services.get(code));
    }

    public List<Promotion> promotions() {
        return promotions;
    }

    public Rounding rounding() {
        return rounding;
    }

    /** The entry effective at {@code at}: the branch's own over the network's; in the branch's currency only. */
    Optional<EffectivePrice> priceAt(ServiceCode service, Branch branch, Instant at) {
        ServicePrices p = prices.get(service);
        if (p == null) {
            return Optional.empty();
        }
        Optional<EffectivePrice> own = effective(p.byBranch.get(branch.code()), branch, at);
        return own.isPresent() ? own : effective(p.network, branch, at);
    }

    /** The entry of {@code series} effective at {@code at}; none when the series is absent or in another currency. */
    private static Optional<EffectivePrice> effective(PriceSeries series, Branch branch, Instant at) {
        int i = series == null ? -1 : series.indexAt(at);
        if (i >= 0 && series.money(i).currency().equals(branch.currency())) {
            return Optional.of(new EffectivePrice(series.money(i), series.start(i)));
        }
        return Optional.empty();
    }

    /** Every instant at which the price of {@code service} at {@code branch} may change. */
    void priceBoundaries(ServiceCode service, BranchCode branch, Consumer<Instant> sink) {
        ServicePrices p = prices.get(service);
        if (p == null) {
            return;
        }
        if (p.network != null) {
            p.network.boundaries(sink);
        }
        PriceSeries own = p.byBranch.get(branch);
        if (own != null) {
            own.boundaries(sink);
        }
    }

    /** Promotions whose service scope covers {@code service}; branch, channel and time are not checked here. */
    List<Promotion> promotionsFor(Service service) {
        List<Promotion> byService = promotionsByService.getOrDefault(service.code(), List.of());
        List<Promotion> byCategory = promotionsByCategory.getOrDefault(service.category(), List.of());
        if (byService.isEmpty() && byCategory.isEmpty()) {
            return promotionsForAllServices;
        }
        Map<PromotionCode, Promotion> union = new LinkedHashMap<>();
        promotionsForAllServices.forEach(p -> union.put(p.code(), p));
        byService.forEach(p -> union.put(p.code(), p));
        byCategory.forEach(p -> union.put(p.code(), p));
        return List.copyOf(union.values());
    }

    record EffectivePrice(Money amount, Instant since) {
    }

    private static final class ServicePrices {
        PriceSeries network;
        final Map<BranchCode, PriceSeries> byBranch = new HashMap<>();

        void seal(ServiceCode service) {
            if (network != null) {
                network.seal(service + " (network)");
            }
            byBranch.forEach((branch, series) -> series.seal(service + " at " + branch));
        }
    }

    public static final class Builder {
        private final long version;
        private final Map<BranchCode, Branch> branches = new HashMap<>();
        private final Map<ServiceCode, Service> services = new HashMap<>();
        private final Map<ServiceCode, ServicePrices> prices = new HashMap<>();
        private final Map<PromotionCode, Promotion> promotions = new HashMap<>();
        private final Map<Currency, BigDecimal> increments = new HashMap<>();

        private Builder(long version) {
            this.version = version;
        }

        public Builder branch(Branch branch) {
            branches.put(branch.code(), branch);
            return this;
        }

        public Builder service(Service service) {
            services.put(service.code(), service);
            return this;
        }

        public Builder price(PriceEntry entry) {
            return price(entry.service(), entry.branch(), entry.amount().amount(), entry.amount().currency(),
                    entry.window().from(), entry.window().to());
        }

        /** The compact path for bulk loads: no intermediate objects per entry. */
        public Builder price(ServiceCode service, BranchCode branch, BigDecimal amount, Currency currency,
                             Instant validFrom, Instant validTo) {
            ServicePrices p = prices.computeIfAbsent(service, k -> new ServicePrices());
            PriceSeries series;
            if (branch == null) {
                if (p.network == null) {
                    p.network = new PriceSeries();
                }
                series = p.network;
            } else {
                series = p.byBranch.computeIfAbsent(branch, k -> new PriceSeries());
            }
            series.add(amount, currency, validFrom, validTo);
            return this;
        }

        public Builder promotion(Promotion promotion) {
            promotions.put(promotion.code(), promotion);
            return this;
        }

        public Builder rounding(Currency currency, BigDecimal increment) {
            increments.put(currency, increment);
            return this;
        }

        public CatalogSnapshot build() {
            return new CatalogSnapshot(this);
        }
    }
}
