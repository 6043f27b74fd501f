package com.oneprice.pricing.engine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static com.oneprice.pricing.engine.CatalogFixture.LONG_AGO;

/**
 * Small random catalogs for the engine's properties: two or three branches in different zones, simple services with
 * one to three network and branch price versions, a SUM, a SUM_MINUS_PERCENT, a FIXED and a nested bundle whose
 * compositions change, and up to six promotions of every type, stackable or not, with absolute or local windows and
 * branch, channel, service and category scopes. Every request they come with can be priced.
 *
 * <p>{@link #roughCases()} adds what a real network has and those lack: services priced at some branches only and
 * services with no price at all, prices in another currency than a branch's and a branch pricing in another
 * currency, a bundle whose component is priced at other branches only, an archived branch and archived services,
 * promotions scoped to branches and channels where their services have no price, and requests naming what does not
 * exist or a moment before any price. Their requests may not be priceable.
 */
public final class GeneratedCatalogs {

    /** Two months around the spring DST changes in Berlin and New York. */
    public static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    public static final int HORIZON_HOURS = 24 * 60;

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Moscow"), ZoneId.of("Asia/Yekaterinburg"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"));
    private static final List<String> CATEGORIES = List.of("lab", "imaging");
    private static final List<Channel> CHANNELS = List.of(CatalogFixture.PHONE, CatalogFixture.WEB_CHAT);

    private GeneratedCatalogs() {
    }

    /** A catalog, a request it can price, and what a property needs to know about both. */
    public record Case(CatalogSnapshot snapshot, PriceRequest request, BigDecimal increment, List<ServiceCode> sumBundles,
                long seed, String description) {
        @Override
        public String toString() {
            return "seed " + seed + ": " + request + "\n" + description;
        }
    }

    public static Arbitrary<Case> cases() {
        return Arbitraries.longs().map(seed -> new Generator(new Random(seed), false).generate(seed));
    }

    public static Arbitrary<Case> roughCases() {
        return Arbitraries.longs().map(seed -> new Generator(new Random(seed), true).generate(seed));
    }

    private static final class Generator {
        private final Random random;
        private final boolean rough;
        private final CatalogSnapshot.Builder builder = CatalogSnapshot.builder(1);
        private final StringBuilder description = new StringBuilder();
        private Currency currency;

        Generator(Random random, boolean rough) {
            this.random = random;
            this.rough = rough;
        }

        Case generate(long seed) {
            currency = Currency.getInstance(pick(List.of("RUB", "EUR", "JPY")));
            BigDecimal increment = BigDecimal.ONE.movePointLeft(currency.getDefaultFractionDigits());
            if (random.nextBoolean()) {
                increment = new BigDecimal(switch (currency.getCurrencyCode()) {
                    case "RUB" -> "1";
                    case "EUR" -> "0.05";
                    default -> "10";
                });
                builder.rounding(currency, increment);
                log("rounding " + currency + " to " + increment);
            }

            List<ZoneId> zones = new ArrayList<>(ZONES);
            Collections.shuffle(zones, random);
            List<BranchCode> branches = new ArrayList<>();
            for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
                branch("b" + i, zones.get(i), currency, true, branches);
            }
            if (rough) {
                branch("archived", pick(ZONES), currency, false, branches);
                branch("fx", pick(ZONES), otherCurrency(), true, branches);
            }

            List<ServiceCode> simple = new ArrayList<>();
            for (int i = 0, n = 3 + random.nextInt(3); i < n; i++) {
                ServiceCode code = new ServiceCode("s" + i);
                builder.service(Service.simple(code.value(), pick(CATEGORIES)));
                simple.add(code);
                log("service " + code);
                prices(code, branches);
            }

            ServiceCode sum = bundle("bsum", new BundlePricing(BundleMode.SUM, null), simple, branches);
            ServiceCode percent = bundle("bpct", new BundlePricing(BundleMode.SUM_MINUS_PERCENT,
                    BigDecimal.valueOf(random.nextInt(1001), 1)), simple, branches);
            ServiceCode fixed = bundle("bfix", new BundlePricing(BundleMode.FIXED, null), simple, branches);
            BundlePricing nestedPricing = pick(List.of(new BundlePricing(BundleMode.SUM, null),
                    new BundlePricing(BundleMode.SUM_MINUS_PERCENT, BigDecimal.valueOf(random.nextInt(101))),
                    new BundlePricing(BundleMode.FIXED, null)));
            List<ServiceCode> nestedPool = new ArrayList<>(simple);
            nestedPool.add(pick(List.of(sum, percent, fixed)));
            ServiceCode nested = bundle("bnest", nestedPricing, nestedPool, branches);
            List<ServiceCode> sumBundles = new ArrayList<>(List.of(sum));
            if (nestedPricing.mode() == BundleMode.SUM) {
                sumBundles.add(nested);
            }

            List<ServiceCode> all = new ArrayList<>(simple);
            all.addAll(List.of(sum, percent, fixed, nested));
            List<ServiceCode> plain = List.copyOf(all);
            if (rough) {
                all.addAll(roughServices(simple, branches));
            }
            for (int i = 0, n = random.nextInt(9); i < n; i++) {
                promotion("p" + i, branches, all);
            }

            List<PriceRequest.Item> items = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                ServiceCode service = !rough ? pick(all) : random.nextInt(20) == 0 ? new ServiceCode("ghost")
                        : pick(random.nextInt(3) == 0 ? all : plain);
                items.add(new PriceRequest.Item(service, 1 + random.nextInt(5)));
            }
            Instant at = hour().plusSeconds(random.nextInt(3600));
            if (rough && random.nextInt(10) == 0) {
                at = pick(List.of(LONG_AGO.minusSeconds(1), Instant.parse("1900-01-01T00:00:00Z"),
                        Instant.parse("9999-12-31T23:59:59Z")));
            }
            Channel channel = random.nextInt(3) == 0 ? null : pick(CHANNELS);
            BranchCode branch = rough && random.nextInt(20) == 0 ? new BranchCode("nowhere") : pick(branches);
            PriceRequest request = new PriceRequest(branch, at, channel, items);
            return new Case(builder.build(), request, increment, sumBundles, seed, description.toString());
        }

        private void branch(String code, ZoneId zone, Currency in, boolean active, List<BranchCode> branches) {
            Branch branch = new Branch(new BranchCode(code), code, zone, in, active);
            builder.branch(branch);
            branches.add(branch.code());
            log("branch " + code + " in " + zone + ", " + in + (active ? "" : ", archived"));
        }

        /**
         * A service priced at one or two branches only, one with no price, one priced network-wide in the other
         * currency, an archived one, a SUM bundle of the branch-only service and a plain one, and a promotion on
         * the branch-only service where it has no price, for a channel.
         */
        private List<ServiceCode> roughServices(List<ServiceCode> simple, List<BranchCode> branches) {
            ServiceCode branchOnly = new ServiceCode("only");
            builder.service(Service.simple(branchOnly.value(), pick(CATEGORIES)));
            List<BranchCode> sellers = new ArrayList<>(subset(branches, 1));
            log("service only, sold at " + sellers);
            for (BranchCode seller : sellers) {
                price(branchOnly, seller, LONG_AGO, random.nextBoolean() ? null : hour(), currency);
            }
            ServiceCode unpriced = new ServiceCode("none");
            builder.service(Service.simple(unpriced.value(), pick(CATEGORIES)));
            log("service none, priced nowhere");
            ServiceCode foreign = new ServiceCode("foreign");
            builder.service(Service.simple(foreign.value(), pick(CATEGORIES)));
            log("service foreign");
            price(foreign, null, LONG_AGO, null, otherCurrency());
            price(foreign, pick(branches), LONG_AGO, hour(), currency);
            ServiceCode archived = new ServiceCode("gone");
            builder.service(new Service(archived, "gone", pick(CATEGORIES), ServiceKind.SIMPLE, List.of(),
                    LONG_AGO, List.of()));
            log("service gone, archived");
            prices(archived, branches);
            ServiceCode partial = new ServiceCode("bpart");
            builder.service(new Service(partial, "bpart", "bundles", ServiceKind.BUNDLE, List.of(new Composition(
                    TimeWindow.from(LONG_AGO), new BundlePricing(BundleMode.SUM, null),
                    List.of(new Component(branchOnly, 1), new Component(pick(simple), 1))))));
            log("bundle bpart of only and a plain service");
            List<BranchCode> elsewhere = branches.stream().filter(b -> !sellers.contains(b)).toList();
            if (!elsewhere.isEmpty()) {
                Promotion promotion = new Promotion(new PromotionCode("nowhere-sold"), "nowhere-sold",
                        new PromotionWindow.Absolute(TimeWindow.from(LONG_AGO)), new PromotionScope(
                        Set.of(pick(elsewhere)), Set.of(branchOnly, partial), Set.of(), Set.of(pick(CHANNELS))),
                        Discount.percent("10"), 0, random.nextBoolean());
                builder.promotion(promotion);
                log("promotion " + promotion);
            }
            return List.of(branchOnly, unpriced, foreign, archived, partial);
        }

        /** Network versions covering all time, and for some branches their own versions with gaps between. */
        private void prices(ServiceCode service, List<BranchCode> branches) {
            List<Instant> cuts = hours(random.nextInt(3));
            Instant from = LONG_AGO;
            boolean network = !rough || random.nextInt(4) > 0;
            for (Instant cut : cuts) {
                if (network) {
                    price(service, null, from, cut);
                }
                from = cut;
            }
            if (network) {
                price(service, null, from, null);
            }
            for (BranchCode branch : branches) {
                if (random.nextBoolean()) {
                    continue;
                }
                List<Instant> bounds = hours(2 * (1 + random.nextInt(3)));
                for (int i = 0; i < bounds.size(); i += 2) {
                    boolean openEnded = i == bounds.size() - 2 && random.nextBoolean();
                    price(service, branch, bounds.get(i), openEnded ? null : bounds.get(i + 1));
                }
            }
        }

        private void price(ServiceCode service, BranchCode branch, Instant from, Instant to) {
            price(service, branch, from, to, currency);
        }

        private void price(ServiceCode service, BranchCode branch, Instant from, Instant to, Currency in) {
            BigDecimal amount = random.nextInt(20) == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(1 + random.nextInt(500_000), 2 + random.nextInt(2));
            builder.price(new PriceEntry(service, branch, new Money(amount, in), new TimeWindow(from, to)));
            log("  price " + service + " at " + (branch == null ? "network" : branch) + " " + amount + " " + in
                    + " [" + from + ", " + to + ")");
        }

        /** One or two compositions covering all time, each of one to three components of {@code pool}. */
        private ServiceCode bundle(String code, BundlePricing pricing, List<ServiceCode> pool,
                                   List<BranchCode> branches) {
            ServiceCode service = new ServiceCode(code);
            List<Composition> compositions = new ArrayList<>();
            Instant from = LONG_AGO;
            for (Instant cut : hours(random.nextInt(2))) {
                compositions.add(new Composition(new TimeWindow(from, cut), pricing, components(pool)));
                from = cut;
            }
            compositions.add(new Composition(TimeWindow.from(from), pricing, components(pool)));
            builder.service(new Service(service, code, "bundles", ServiceKind.BUNDLE, compositions));
            log("bundle " + code + " " + compositions);
            if (pricing.mode() == BundleMode.FIXED) {
                prices(service, branches);
            }
            return service;
        }

        private List<Component> components(List<ServiceCode> pool) {
            List<ServiceCode> shuffled = new ArrayList<>(pool);
            Collections.shuffle(shuffled, random);
            List<Component> components = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                components.add(new Component(shuffled.get(i), 1 + random.nextInt(3)));
            }
            return components;
        }

        private void promotion(String code, List<BranchCode> branches, List<ServiceCode> services) {
            Discount discount = switch (random.nextInt(3)) {
                case 0 -> new Discount(DiscountType.PERCENT, BigDecimal.valueOf(random.nextInt(10_001), 2), null);
                case 1 -> new Discount(DiscountType.AMOUNT_OFF, BigDecimal.valueOf(random.nextInt(100_000), 2),
                        random.nextInt(5) == 0 ? otherCurrency() : currency);
                default -> new Discount(DiscountType.FIXED_PRICE, BigDecimal.valueOf(random.nextInt(500_000), 2),
                        currency);
            };
            List<Instant> bounds = hours(2);
            Instant to = random.nextInt(4) == 0 ? null : bounds.get(1);
            PromotionWindow window = random.nextBoolean()
                    ? new PromotionWindow.Absolute(new TimeWindow(bounds.get(0), to))
                    : new PromotionWindow.Local(local(bounds.get(0)), to == null ? null : local(to));
            Set<ServiceCode> scopeServices = Set.of();
            Set<String> categories = Set.of();
            switch (random.nextInt(3)) {
                case 0 -> scopeServices = subset(services, 1);
                case 1 -> categories = subset(List.of("lab", "imaging", "bundles"), 1);
                default -> {
                }
            }
            PromotionScope scope = new PromotionScope(random.nextBoolean() ? Set.of() : subset(branches, 1),
                    scopeServices, categories, random.nextBoolean() ? Set.of() : subset(CHANNELS, 1));
            Promotion promotion = new Promotion(new PromotionCode(code), code, window, scope, discount,
                    random.nextInt(4), random.nextBoolean());
            builder.promotion(promotion);
            log("promotion " + promotion);
        }

        private Currency otherCurrency() {
            return Currency.getInstance(currency.getCurrencyCode().equals("USD") ? "GBP" : "USD");
        }

        private LocalDateTime local(Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }

        /** {@code n} distinct whole hours within the horizon, in order. */
        private List<Instant> hours(int n) {
            TreeSet<Instant> hours = new TreeSet<>();
            while (hours.size() < n) {
                hours.add(hour());
            }
            return new ArrayList<>(hours);
        }

        private Instant hour() {
            return T0.plus(Duration.ofHours(random.nextInt(HORIZON_HOURS)));
        }

        private <T> Set<T> subset(List<T> values, int atLeast) {
            Set<T> subset = new HashSet<>();
            while (subset.size() < atLeast || random.nextBoolean()) {
                subset.add(pick(values));
                if (subset.size() == values.size()) {
                    break;
                }
            }
            return subset;
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private void log(String line) {
            description.append(line).append('\n');
        }
    }
}
