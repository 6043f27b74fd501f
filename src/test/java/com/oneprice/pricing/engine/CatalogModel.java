package com.oneprice.pricing.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static com.oneprice.pricing.engine.CatalogFixture.LONG_AGO;

/**
 * A catalog kept as plain data and changed by random writes under the service's rules: prices and compositions are
 * history (a new entry closes the open-ended one it starts in, an overlap refuses the whole write, an import is all
 * or nothing); a branch or service that anything refers to is archived rather than deleted; a removed promotion is
 * archived, so it leaves the snapshot. Every write that changed something is one version and remembers the parts it
 * changed, so the catalog can be had two ways: built whole ({@link #build}) or by revising the snapshot before the
 * write with those parts ({@link #revise}), as an instance following the change log does.
 */
final class CatalogModel {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    static final int HORIZON_HOURS = 24 * 60;

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Moscow"), ZoneId.of("Asia/Yekaterinburg"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"));
    private static final List<String> CATEGORIES = List.of("lab", "imaging", "bundles");
    private static final List<Channel> CHANNELS = List.of(CatalogFixture.PHONE, CatalogFixture.WEB_CHAT);

    /** The price history of a service at a branch, or network-wide when {@code branch} is null. */
    private record History(ServiceCode service, BranchCode branch) {
    }

    private final Random random;
    private final Currency currency;
    private final BigDecimal increment;
    private long version = 1;
    private int codes;
    private final Map<BranchCode, Branch> branches = new TreeMap<>();
    private final Set<BranchCode> archivedBranches = new HashSet<>();
    private final Map<ServiceCode, Service> services = new TreeMap<>();
    private final Map<History, List<PriceEntry>> prices = new HashMap<>();
    private final Map<PromotionCode, Promotion> promotions = new TreeMap<>();
    private final Set<BranchCode> changedBranches = new HashSet<>();
    private final Set<ServiceCode> changedServices = new HashSet<>();
    private final Set<History> changedPrices = new HashSet<>();
    private final Set<PromotionCode> changedPromotions = new HashSet<>();
    private final StringBuilder log = new StringBuilder();

    private CatalogModel(Random random) {
        this.random = random;
        this.currency = Currency.getInstance(pick(List.of("RUB", "EUR", "JPY")));
        this.increment = random.nextBoolean() ? null : switch (currency.getCurrencyCode()) {
            case "RUB" -> BigDecimal.ONE;
            case "EUR" -> new BigDecimal("0.05");
            default -> BigDecimal.TEN;
        };
    }

    /** A small catalog to start from: branches, services with prices, bundles and promotions, at version 1. */
    static CatalogModel generate(long seed) {
        CatalogModel catalog = new CatalogModel(new Random(seed));
        catalog.log("catalog in " + catalog.currency + (catalog.increment == null ? "" : ", rounded to "
                + catalog.increment));
        for (int i = 0; i < 2; i++) {
            catalog.createBranch();
        }
        for (int i = 0; i < 4; i++) {
            catalog.createService(ServiceKind.SIMPLE);
        }
        catalog.services.keySet().forEach(catalog::networkPriceSinceLongAgo);
        for (int i = 0; i < 2; i++) {
            catalog.createService(ServiceKind.BUNDLE);
        }
        for (int i = 0; i < 12; i++) {
            catalog.schedulePrices(1);
        }
        for (int i = 0; i < 3; i++) {
            catalog.createPromotion();
        }
        catalog.forgetChanges();
        catalog.log("-- version 1");
        return catalog;
    }

    long version() {
        return version;
    }

    String log() {
        return log.toString();
    }

    /** The catalog as a full load would build it. */
    CatalogSnapshot build() {
        CatalogSnapshot.Builder builder = CatalogSnapshot.builder(version);
        if (increment != null) {
            builder.rounding(currency, increment);
        }
        branches.values().forEach(builder::branch);
        services.values().forEach(builder::service);
        prices.values().forEach(history -> history.forEach(builder::price));
        promotions.values().forEach(builder::promotion);
        return builder.build();
    }

    /** {@code before}, the snapshot of the previous version, revised by the parts the last write changed. */
    CatalogSnapshot revise(CatalogSnapshot before) {
        CatalogSnapshot.Revision revision = before.revise(version);
        revise(changedBranches, branches, revision::branch, revision::withoutBranch);
        revise(changedServices, services, revision::service, revision::withoutService);
        changedPrices.forEach(history -> revision.prices(history.service(), history.branch(),
                prices.getOrDefault(history, List.of())));
        revise(changedPromotions, promotions, revision::promotion, revision::withoutPromotion);
        forgetChanges();
        return revision.build();
    }

    /** Each changed part is given again when the model still has it, and taken out when it is gone. */
    private static <C, P> void revise(Set<C> changed, Map<C, P> parts, Consumer<P> give, Consumer<C> takeOut) {
        changed.forEach(code -> {
            P part = parts.get(code);
            if (part == null) {
                takeOut.accept(code);
            } else {
                give.accept(part);
            }
        });
    }

    /**
     * One random write, as a pricing administrator could make it; answers what it was ("kind: details"), or null
     * when the service would have refused it (an overlap, a cycle, nothing to act on) and nothing changed.
     */
    String write() {
        List<Supplier<String>> writes = List.of(
                () -> schedulePrices(1), () -> schedulePrices(1), () -> schedulePrices(1),
                () -> schedulePrices(2 + random.nextInt(3)),
                () -> createService(random.nextInt(3) == 0 ? ServiceKind.BUNDLE : ServiceKind.SIMPLE),
                this::updateService, this::removeService,
                this::createBranch, this::updateBranch, this::removeBranch,
                this::createPromotion, this::updatePromotion, this::archivePromotion);
        String write = pick(writes).get();
        if (write != null) {
            version++;
            log("-- version " + version + ": " + write);
        }
        return write;
    }

    /** A request to price: mostly for what the catalog holds, now and then for a code it does not know. */
    PriceRequest request() {
        BranchCode branch = branches.isEmpty() || random.nextInt(20) == 0 ? new BranchCode("nowhere")
                : pick(new ArrayList<>(branches.keySet()));
        List<PriceRequest.Item> items = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4) == 0 ? 2 : 1; i < n; i++) {
            ServiceCode service = services.isEmpty() || random.nextInt(20) == 0 ? new ServiceCode("unknown")
                    : pick(new ArrayList<>(services.keySet()));
            items.add(new PriceRequest.Item(service, 1 + random.nextInt(3)));
        }
        Instant at = random.nextInt(10) == 0 ? LONG_AGO : hour().plusSeconds(random.nextInt(3600));
        return new PriceRequest(branch, at, random.nextInt(3) == 0 ? null : pick(CHANNELS), items);
    }

    /** An amount someone may have quoted for {@code answer}: its own total, near it, or anything. */
    Money quoted(PriceAnswer answer) {
        Money total = answer.total();
        return switch (random.nextInt(3)) {
            case 0 -> total;
            case 1 -> new Money(total.amount().add(BigDecimal.valueOf(random.nextInt(2001) - 1000, 2)).abs(),
                    total.currency());
            default -> new Money(BigDecimal.valueOf(random.nextInt(1_000_000), 2), total.currency());
        };
    }

    // --- writes -------------------------------------------------------------------------------------------------

    /** {@code count} prices in one write (more than one: an import), each closing the open entry it starts in. */
    private String schedulePrices(int count) {
        List<ServiceCode> sold = services.values().stream().filter(s -> !s.archived()).map(Service::code).toList();
        if (sold.isEmpty()) {
            return null;
        }
        Map<History, List<PriceEntry>> changed = new HashMap<>();
        List<String> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ServiceCode service = pick(sold);
            Branch branch = random.nextInt(3) == 0 ? null : pickOrNull(openBranches());
            History key = new History(service, branch == null ? null : branch.code());
            Currency in = branch != null ? branch.currency() : random.nextInt(8) == 0 ? otherCurrency() : currency;
            Instant from = random.nextInt(6) == 0 ? LONG_AGO : hour();
            Instant to = random.nextBoolean() ? null : from.plus(Duration.ofHours(1 + random.nextInt(24 * 10)));
            List<PriceEntry> history = new ArrayList<>(changed.getOrDefault(key, prices.getOrDefault(key, List.of())));
            for (int e = 0; e < history.size(); e++) {
                PriceEntry entry = history.get(e);
                if (entry.window().to() == null && entry.window().from().isBefore(from)) {
                    history.set(e, new PriceEntry(service, key.branch(), entry.amount(),
                            new TimeWindow(entry.window().from(), from)));
                }
            }
            TimeWindow window = new TimeWindow(from, to);
            if (history.stream().anyMatch(entry -> entry.window().overlaps(window))) {
                return null; // the whole write is refused, as an import is
            }
            BigDecimal amount = amount(in);
            history.add(new PriceEntry(service, key.branch(), new Money(amount, in), window));
            changed.put(key, history);
            done.add(service + " at " + (branch == null ? "network" : branch.code()) + " " + amount + " " + in
                    + " [" + from + ", " + to + ")");
        }
        prices.putAll(changed);
        changedPrices.addAll(changed.keySet());
        return (count == 1 ? "price: " : "import: ") + done;
    }

    /** An open-ended network-wide price since {@link CatalogFixture#LONG_AGO}, so most requests can be priced. */
    private void networkPriceSinceLongAgo(ServiceCode service) {
        History key = new History(service, null);
        prices.put(key, List.of(new PriceEntry(service, null, new Money(amount(currency), currency),
                TimeWindow.from(LONG_AGO))));
        changedPrices.add(key);
    }

    private BigDecimal amount(Currency in) {
        return random.nextInt(15) == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(1 + random.nextInt(500_000), Math.max(0, in.getDefaultFractionDigits()));
    }

    private String createService(ServiceKind kind) {
        ServiceCode code = new ServiceCode((kind == ServiceKind.BUNDLE ? "bundle" : "s") + codes++);
        Service service;
        if (kind == ServiceKind.SIMPLE) {
            service = new Service(code, code.value(), pick(CATEGORIES), kind, List.of());
        } else {
            List<ServiceCode> parts = services.values().stream().filter(s -> !s.archived()).map(Service::code)
                    .toList();
            if (parts.isEmpty()) {
                return null;
            }
            Instant from = random.nextInt(4) == 0 ? hour() : LONG_AGO;
            service = new Service(code, code.value(), "bundles", kind,
                    List.of(new Composition(TimeWindow.from(from), pricing(), components(parts))));
        }
        services.put(code, service);
        changedServices.add(code);
        return "create service: " + service;
    }

    /** A new name and category; for a bundle, now and then a new composition from a later instant. */
    private String updateService() {
        Service service = pickOrNull(services.values().stream().filter(s -> !s.archived()).toList());
        if (service == null) {
            return null;
        }
        List<Composition> compositions = service.compositions();
        if (service.kind() == ServiceKind.BUNDLE && random.nextBoolean()) {
            Composition open = compositions.get(compositions.size() - 1);
            Instant from = hour();
            List<ServiceCode> parts = services.values().stream()
                    .filter(s -> !s.archived() && !contains(s.code(), service.code())).map(Service::code).toList();
            if (!from.isAfter(open.window().from()) || parts.isEmpty()) {
                return null;
            }
            compositions = new ArrayList<>(compositions.subList(0, compositions.size() - 1));
            compositions.add(new Composition(new TimeWindow(open.window().from(), from), open.pricing(),
                    open.components()));
            compositions.add(new Composition(TimeWindow.from(from), pricing(), components(parts)));
        }
        String category = service.kind() == ServiceKind.BUNDLE ? "bundles" : pick(CATEGORIES);
        Service updated = new Service(service.code(), service.code() + " v" + version, category, service.kind(),
                compositions);
        services.put(service.code(), updated);
        changedServices.add(service.code());
        return "update service: " + updated;
    }

    /** Deletes a service nothing refers to; archives one that prices, compositions or promotions name. */
    private String removeService() {
        Service service = pickOrNull(services.values().stream().filter(s -> !s.archived()).toList());
        if (service == null) {
            return null;
        }
        ServiceCode code = service.code();
        boolean referenced = !service.compositions().isEmpty()
                || prices.keySet().stream().anyMatch(h -> h.service().equals(code))
                || services.values().stream().anyMatch(s -> s.compositions().stream()
                .anyMatch(c -> c.components().stream().anyMatch(k -> k.service().equals(code))))
                || promotions.values().stream().anyMatch(p -> p.scope().services().contains(code));
        changedServices.add(code);
        if (referenced) {
            services.put(code, new Service(code, service.name(), service.category(), service.kind(),
                    service.compositions(), T0, List.of()));
            return "archive service: " + code;
        }
        services.remove(code);
        return "delete service: " + code;
    }

    private String createBranch() {
        BranchCode code = new BranchCode("b" + codes++);
        Currency in = random.nextInt(6) == 0 ? otherCurrency() : currency;
        Branch branch = new Branch(code, code.value(), pick(ZONES), in, random.nextInt(5) != 0);
        branches.put(code, branch);
        changedBranches.add(code);
        return "create branch: " + branch;
    }

    /** Another zone, name or active flag; the currency stays, as it does for a branch with prices. */
    private String updateBranch() {
        Branch branch = pickOrNull(openBranches());
        if (branch == null) {
            return null;
        }
        Branch updated = new Branch(branch.code(), branch.code() + " v" + version, pick(ZONES), branch.currency(),
                random.nextInt(4) != 0);
        branches.put(branch.code(), updated);
        changedBranches.add(branch.code());
        return "update branch: " + updated;
    }

    /** Deletes a branch nothing refers to; archives (deactivates) one that prices or promotions name. */
    private String removeBranch() {
        Branch branch = pickOrNull(openBranches());
        if (branch == null) {
            return null;
        }
        BranchCode code = branch.code();
        boolean referenced = prices.keySet().stream().anyMatch(h -> code.equals(h.branch()))
                || promotions.values().stream().anyMatch(p -> p.scope().branches().contains(code));
        changedBranches.add(code);
        if (referenced) {
            archivedBranches.add(code);
            branches.put(code, new Branch(code, branch.name(), branch.zone(), branch.currency(), false));
            return "archive branch: " + code;
        }
        branches.remove(code);
        return "delete branch: " + code;
    }

    private String createPromotion() {
        return put("create", promotion(new PromotionCode("p" + codes++)));
    }

    private String updatePromotion() {
        PromotionCode code = pickOrNull(new ArrayList<>(promotions.keySet()));
        return code == null ? null : put("update", promotion(code));
    }

    /** Puts a new or changed promotion in the model and says what {@code action} was done. */
    private String put(String action, Promotion promotion) {
        promotions.put(promotion.code(), promotion);
        changedPromotions.add(promotion.code());
        return action + " promotion: " + promotion;
    }

    private String archivePromotion() {
        PromotionCode code = pickOrNull(new ArrayList<>(promotions.keySet()));
        if (code == null) {
            return null;
        }
        promotions.remove(code);
        changedPromotions.add(code);
        return "archive promotion: " + code;
    }

    // --- parts --------------------------------------------------------------------------------------------------

    private BundlePricing pricing() {
        return switch (random.nextInt(3)) {
            case 0 -> new BundlePricing(BundleMode.SUM, null);
            case 1 -> new BundlePricing(BundleMode.SUM_MINUS_PERCENT, BigDecimal.valueOf(1 + random.nextInt(990), 1));
            default -> new BundlePricing(BundleMode.FIXED, null);
        };
    }

    private List<Component> components(List<ServiceCode> pool) {
        List<ServiceCode> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        List<Component> components = new ArrayList<>();
        for (int i = 0, n = Math.min(shuffled.size(), 1 + random.nextInt(3)); i < n; i++) {
            components.add(new Component(shuffled.get(i), 1 + random.nextInt(3)));
        }
        components.sort(Comparator.comparing(Component::service));
        return components;
    }

    /** Whether {@code service} is {@code bundle} or contains it through any composition, past or future. */
    private boolean contains(ServiceCode service, ServiceCode bundle) {
        if (service.equals(bundle)) {
            return true;
        }
        return services.get(service).compositions().stream().flatMap(c -> c.components().stream())
                .anyMatch(component -> contains(component.service(), bundle));
    }

    private Promotion promotion(PromotionCode code) {
        Discount discount = switch (random.nextInt(3)) {
            case 0 -> new Discount(DiscountType.PERCENT, BigDecimal.valueOf(1 + random.nextInt(10_000), 2), null);
            case 1 -> new Discount(DiscountType.AMOUNT_OFF, BigDecimal.valueOf(random.nextInt(100_000), 2),
                    random.nextInt(5) == 0 ? otherCurrency() : currency);
            default -> new Discount(DiscountType.FIXED_PRICE, BigDecimal.valueOf(random.nextInt(500_000), 2), currency);
        };
        List<Instant> bounds = new ArrayList<>(new TreeSet<>(List.of(hour(), hour())));
        Instant from = bounds.get(0);
        Instant to = random.nextInt(4) == 0 || bounds.size() == 1 ? null : bounds.get(1);
        PromotionWindow window = random.nextBoolean() ? new PromotionWindow.Absolute(new TimeWindow(from, to))
                : new PromotionWindow.Local(local(from), to == null ? null : local(to));
        Set<ServiceCode> scoped = Set.of();
        Set<String> categories = Set.of();
        switch (random.nextInt(3)) {
            case 0 -> scoped = services.isEmpty() ? Set.of() : subset(new ArrayList<>(services.keySet()));
            case 1 -> categories = subset(CATEGORIES);
            default -> {
            }
        }
        Set<BranchCode> where = random.nextBoolean() || branches.isEmpty() ? Set.of()
                : subset(new ArrayList<>(branches.keySet()));
        PromotionScope scope = new PromotionScope(where, scoped, categories,
                random.nextBoolean() ? Set.of() : subset(CHANNELS));
        return new Promotion(code, code + " v" + version, window, scope, discount, random.nextInt(4),
                random.nextBoolean());
    }

    /** The branches that are not archived. */
    private List<Branch> openBranches() {
        return branches.values().stream().filter(b -> !archivedBranches.contains(b.code())).toList();
    }

    private Currency otherCurrency() {
        return Currency.getInstance(currency.getCurrencyCode().equals("USD") ? "GBP" : "USD");
    }

    private void forgetChanges() {
        changedBranches.clear();
        changedServices.clear();
        changedPrices.clear();
        changedPromotions.clear();
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private Instant hour() {
        return T0.plus(Duration.ofHours(random.nextInt(HORIZON_HOURS)));
    }

    private <T> Set<T> subset(List<T> values) {
        Set<T> subset = new HashSet<>();
        do {
            subset.add(pick(values));
        } while (subset.size() < values.size() && random.nextBoolean());
        return subset;
    }

    private <T> T pickOrNull(List<T> values) {
        return values.isEmpty() ? null : pick(values);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void log(String line) {
        log.append(Objects.requireNonNull(line)).append('\n');
    }
}
