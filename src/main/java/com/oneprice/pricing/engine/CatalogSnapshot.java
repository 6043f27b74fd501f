package com.oneprice.pricing.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole catalog at one version, immutable and indexed for pricing: price histories by (service, branch) and
 * network, promotions by service, by category and "all services". Shared by every request, never changed.
 *
 * <p>A version is either built whole ({@link #builder}) or derived from the one before ({@link #revise}): a revision
 * replaces the parts a write changed (a branch, a service with its compositions, one (service, branch) price history,
 * a promotion) and shares every other part with the snapshot it revises, so following a write costs what the write
 * touched, not what the catalog holds. Two snapshots are equal when they hold the same catalog at the same version,
 * however each was made.
 */
public final class CatalogSnapshot {

    private final long version;
    private final Map<BranchCode, Branch> branches;
    private final Map<ServiceCode, Service> services;
    private final Map<ServiceCode, ServicePrices> prices;
    private final Promotions promotions;
    private final Rounding rounding;
    private final ServiceIndex serviceIndex;

    private CatalogSnapshot(long version, Map<BranchCode, Branch> branches, Map<ServiceCode, Service> services,
                            Map<ServiceCode, ServicePrices> prices, Promotions promotions, Rounding rounding,
                            ServiceIndex serviceIndex) {
        this.version = version;
        this.branches = branches;
        this.services = services;
        this.prices = prices;
        this.promotions = promotions;
        this.rounding = rounding;
        this.serviceIndex = serviceIndex;
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

    /** Finds services by what callers call them; built with the snapshot, from its services alone. */
    public ServiceIndex serviceIndex() {
        return serviceIndex;
    }

    public List<Promotion> promotions() {
        return promotions.inCodeOrder;
    }

    public Rounding rounding() {
        return rounding;
    }

    /**
     * The amount of the entry effective at {@code at}: the branch's own over the network's; in the branch's currency
     * only; null when there is none (looked up hundreds of times per explanation, so without wrappers).
     */
    Money priceAt(ServiceCode service, Branch branch, Instant at) {
        ServicePrices p = prices.get(service);
        if (p == null) {
            return null;
        }
        Money own = effective(p.byBranch.get(branch.code()), branch, at);
        return own != null ? own : effective(p.network, branch, at);
    }

    /** The amount of {@code series} effective at {@code at}; null when the series is absent or in another currency. */
    private static Money effective(PriceSeries series, Branch branch, Instant at) {
        int i = series == null ? -1 : series.indexAt(at);
        if (i < 0) {
            return null;
        }
        Money money = series.money(i);
        return money.currency().equals(branch.currency()) ? money : null;
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
        List<Promotion> byService = promotions.byService.getOrDefault(service.code(), List.of());
        List<Promotion> byCategory = promotions.byCategory.getOrDefault(service.category(), List.of());
        if (byService.isEmpty() && byCategory.isEmpty()) {
            return promotions.forAllServices;
        }
        Map<PromotionCode, Promotion> union = new LinkedHashMap<>();
        promotions.forAllServices.forEach(p -> union.put(p.code(), p));
        byService.forEach(p -> union.put(p.code(), p));
        byCategory.forEach(p -> union.put(p.code(), p));
        return List.copyOf(union.values());
    }

    /** A later version of this catalog, made by replacing what a write changed; see {@link Revision}. */
    public Revision revise(long nextVersion) {
        if (nextVersion <= version) {
            throw new IllegalArgumentException("version " + nextVersion + " does not follow " + version);
        }
        return new Revision(this, nextVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogSnapshot other && version == other.version && branches.equals(other.branches)
                && services.equals(other.services) && prices.equals(other.prices)
                && promotions.byCode.equals(other.promotions.byCode) && rounding.equals(other.rounding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, branches, services, promotions.byCode);
    }

    @Override
    public String toString() {
        return "catalog version " + version + ": " + branches.size() + " branches, " + services.size()
                + " services, " + promotions.byCode.size() + " promotions";
    }

    /** One service's price histories: network-wide (null when there is none) and per branch. */
    private record ServicePrices(PriceSeries network, Map<BranchCode, PriceSeries> byBranch) {
    }

    /** The promotions in code order, indexed by the services and categories they name. */
    private static final class Promotions {
        final Map<PromotionCode, Promotion> byCode;
        final List<Promotion> inCodeOrder;
        final Map<ServiceCode, List<Promotion>> byService;
        final Map<String, List<Promotion>> byCategory;
        final List<Promotion> forAllServices;

        Promotions(Map<PromotionCode, Promotion> byCode) {
            this.byCode = Map.copyOf(byCode);
            this.inCodeOrder = byCode.values().stream().sorted(Comparator.comparing(Promotion::code)).toList();
            Map<ServiceCode, List<Promotion>> services = new HashMap<>();
            Map<String, List<Promotion>> categories = new HashMap<>();
            List<Promotion> all = new ArrayList<>();
            for (Promotion p : inCodeOrder) {
                if (p.scope().coversAllServices()) {
                    all.add(p);
                }
                p.scope().services().forEach(s -> services.computeIfAbsent(s, k -> new ArrayList<>()).add(p));
                p.scope().categories().forEach(c -> categories.computeIfAbsent(c, k -> new ArrayList<>()).add(p));
            }
            this.byService = Map.copyOf(services);
            this.byCategory = Map.copyOf(categories);
            this.forAllServices = List.copyOf(all);
        }
    }

    /** Every component of every composition must be a service of the same snapshot. */
    private static void requireKnownComponents(Map<ServiceCode, Service> services) {
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

    private static String describe(ServiceCode service, BranchCode branch) {
        return service + (branch == null ? " (network)" : " at " + branch);
    }

    /** The whole catalog, part by part, for a first load. */
    public static final class Builder {
        private final long version;
        private final Map<BranchCode, Branch> branches = new HashMap<>();
        private final Map<ServiceCode, Service> services = new HashMap<>();
        private final Map<ServiceCode, Map<BranchCode, PriceSeries>> prices = new HashMap<>();
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

        /** The compact path for bulk loads: no intermediate objects per entry; a null branch is network-wide. */
        public Builder price(ServiceCode service, BranchCode branch, BigDecimal amount, Currency currency,
                             Instant validFrom, Instant validTo) {
            // a HashMap takes the null key, which here is the network
            prices.computeIfAbsent(service, k -> new HashMap<>()).computeIfAbsent(branch, k -> new PriceSeries())
                    .add(amount, currency, validFrom, validTo);
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
            Map<BranchCode, Branch> allBranches = Map.copyOf(branches);
            Map<ServiceCode, Service> allServices = Map.copyOf(services);
            requireKnownComponents(allServices);
            Map<ServiceCode, ServicePrices> allPrices = new HashMap<>();
            prices.forEach((service, histories) -> {
                Map<BranchCode, PriceSeries> byBranch = new HashMap<>();
                histories.forEach((branch, series) -> {
                    series.seal(describe(service, branch));
                    if (branch != null) {
                        byBranch.put(branch, series);
                    }
                });
                allPrices.put(service, new ServicePrices(histories.get(null), Map.copyOf(byBranch)));
            });
            return new CatalogSnapshot(version, allBranches, allServices, Map.copyOf(allPrices),
                    new Promotions(promotions), new Rounding(increments), ServiceIndex.of(allServices.values()));
        }
    }

    /**
     * What one or more writes changed, each part given as it is now: a branch, a service (with its compositions), the
     * whole price history of one (service, branch) or of a service network-wide, a promotion; or the part's removal.
     * Parts not named are shared with the snapshot revised. Naming a part's current state again is harmless, so a
     * revision may name more than changed, never less.
     */
    public static final class Revision {
        private final CatalogSnapshot base;
        private final long version;
        // a null value removes the part
        private final Map<BranchCode, Branch> branches = new HashMap<>();
        private final Map<ServiceCode, Service> services = new HashMap<>();
        private final Map<PromotionCode, Promotion> promotions = new HashMap<>();
        // per service, per branch (the null key: network-wide), the history that replaces the old one
        private final Map<ServiceCode, Map<BranchCode, List<PriceEntry>>> prices = new HashMap<>();

        private Revision(CatalogSnapshot base, long version) {
            this.base = base;
            this.version = version;
        }

        public Revision branch(Branch branch) {
            return part(branches, branch.code(), branch);
        }

        public Revision withoutBranch(BranchCode code) {
            return part(branches, code, null);
        }

        public Revision service(Service service) {
            return part(services, service.code(), service);
        }

        public Revision withoutService(ServiceCode code) {
            return part(services, code, null);
        }

        /** The whole price history of {@code service} at {@code branch} (null: network-wide); empty removes it. */
        public Revision prices(ServiceCode service, BranchCode branch, Collection<PriceEntry> history) {
            for (PriceEntry entry : history) {
                if (!entry.service().equals(service) || !Objects.equals(entry.branch(), branch)) {
                    throw new IllegalArgumentException("an entry of " + describe(entry.service(), entry.branch())
                            + " is not in the history of " + describe(service, branch));
                }
            }
            prices.computeIfAbsent(service, k -> new HashMap<>()).put(branch, List.copyOf(history));
            return this;
        }

        public Revision promotion(Promotion promotion) {
            return part(promotions, promotion.code(), promotion);
        }

        public Revision withoutPromotion(PromotionCode code) {
            return part(promotions, code, null);
        }

        /** Names the part {@code code} of a kind as it is {@code now}; null removes it. */
        private <C, P> Revision part(Map<C, P> parts, C code, P now) {
            parts.put(code, now);
            return this;
        }

        public CatalogSnapshot build() {
            Map<ServiceCode, Service> nextServices = replaced(base.services, services);
            if (!services.isEmpty()) {
                requireKnownComponents(nextServices);
            }
            // the search index is built from the services alone: a write that changes none shares it
            return new CatalogSnapshot(version, replaced(base.branches, branches), nextServices, nextPrices(),
                    promotions.isEmpty() ? base.promotions : new Promotions(replaced(base.promotions.byCode, promotions)),
                    base.rounding, services.isEmpty() ? base.serviceIndex : ServiceIndex.of(nextServices.values()));
        }

        private Map<ServiceCode, ServicePrices> nextPrices() {
            Map<ServiceCode, ServicePrices> next = new HashMap<>();
            prices.forEach((service, histories) -> {
                ServicePrices before = base.prices.get(service);
                PriceSeries network = before == null ? null : before.network;
                Map<BranchCode, PriceSeries> byBranch = before == null ? new HashMap<>() : new HashMap<>(before.byBranch);
                for (Map.Entry<BranchCode, List<PriceEntry>> history : histories.entrySet()) {
                    BranchCode branch = history.getKey();
                    PriceSeries series = history.getValue().isEmpty() ? null
                            : PriceSeries.of(history.getValue(), describe(service, branch));
                    if (branch == null) {
                        network = series;
                    } else if (series == null) {
                        byBranch.remove(branch);
                    } else {
                        byBranch.put(branch, series);
                    }
                }
                next.put(service, network == null && byBranch.isEmpty() ? null
                        : new ServicePrices(network, Map.copyOf(byBranch)));
            });
            return replaced(base.prices, next);
        }

        /**
         * {@code base} with {@code changes} applied (a null value removes its key); {@code base} itself if none. One
         * copy, never changed after: the services' and their prices' maps hold thousands of entries.
         */
        private static <K, V> Map<K, V> replaced(Map<K, V> base, Map<K, V> changes) {
            if (changes.isEmpty()) {
                return base;
            }
            Map<K, V> next = new HashMap<>(base);
            changes.forEach((key, value) -> {
                if (value == null) {
                    next.remove(key);
                } else {
                    next.put(key, value);
                }
            });
            return Collections.unmodifiableMap(next);
        }
    }
}
