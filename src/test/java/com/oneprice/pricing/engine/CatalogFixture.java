package com.oneprice.pricing.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds small catalogs for engine tests in the words of the domain: branches in zones, services with prices,
 * bundles, promotions. Defaults (RUB, open-ended prices since {@link #LONG_AGO}, open compositions) keep each test
 * down to what it is about.
 */
public final class CatalogFixture {

    public static final Currency RUB = Currency.getInstance("RUB");
    public static final Currency EUR = Currency.getInstance("EUR");
    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    public static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final Channel PHONE = new Channel("PHONE");
    public static final Channel WEB_CHAT = new Channel("WEB_CHAT");
    public static final Channel KIOSK = new Channel("KIOSK");
    public static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private final CatalogSnapshot.Builder builder;

    private CatalogFixture(long version) {
        this.builder = CatalogSnapshot.builder(version);
    }

    public static CatalogFixture catalog() {
        return new CatalogFixture(1);
    }

    /**
     * The clinic network of the story: Moscow "central" and "north", Yekaterinburg "east", all in roubles, with a
     * knee MRI, a hip MRI, the three check-up components and nothing priced yet.
     */
    public static CatalogFixture clinicNetwork() {
        return catalog()
                .branch("central", MOSCOW)
                .branch("north", MOSCOW)
                .branch("east", YEKATERINBURG)
                .simple("MRI-KNEE", "imaging")
                .simple("MRI-HIP", "imaging")
                .simple("BLOOD-CBC", "lab")
                .simple("ECG", "diagnostics")
                .simple("THERAPIST", "consultations");
    }

    public CatalogFixture branch(String code, ZoneId zone) {
        return branch(code, zone, RUB);
    }

    public CatalogFixture branch(String code, ZoneId zone, Currency currency) {
        builder.branch(new Branch(branch(code), code, zone, currency, true));
        return this;
    }

    public CatalogFixture inactiveBranch(String code, ZoneId zone) {
        builder.branch(new Branch(branch(code), code, zone, RUB, false));
        return this;
    }

    public CatalogFixture simple(String code, String category) {
        builder.service(Service.simple(code, category));
        return this;
    }

    /** A bundle with one composition in force forever. */
    public CatalogFixture bundle(String code, BundlePricing pricing, Component... components) {
        return bundle(code, composition(TimeWindow.from(LONG_AGO), pricing, components));
    }

    public CatalogFixture bundle(String code, Composition... compositions) {
        builder.service(new Service(service(code), code, "bundles", ServiceKind.BUNDLE, List.of(compositions)));
        return this;
    }

    /** A network-wide price in force forever. */
    public CatalogFixture price(String service, String amount) {
        return price(service, null, amount, LONG_AGO, null);
    }

    /** A branch's own price in force forever. */
    public CatalogFixture price(String service, String branch, String amount) {
        return price(service, branch, amount, LONG_AGO, null);
    }

    /** A price over {@code [from, to)}; a null branch is network-wide, a null {@code to} open-ended. */
    public CatalogFixture price(String service, String branch, String amount, Instant from, Instant to) {
        builder.price(new PriceEntry(service(service), branch == null ? null : branch(branch), rub(amount),
                new TimeWindow(from, to)));
        return this;
    }

    public CatalogFixture price(String service, String branch, Money amount, Instant from, Instant to) {
        builder.price(new PriceEntry(service(service), branch == null ? null : branch(branch), amount,
                new TimeWindow(from, to)));
        return this;
    }

    public CatalogFixture promotion(PromotionBuilder promotion) {
        builder.promotion(promotion.build());
        return this;
    }

    public CatalogFixture rounding(Currency currency, String increment) {
        builder.rounding(currency, new BigDecimal(increment));
        return this;
    }

    public CatalogSnapshot build() {
        return builder.build();
    }

    // --- values -----------------------------------------------------------------------------------------------

    public static BranchCode branch(String code) {
        return new BranchCode(code);
    }

    public static ServiceCode service(String code) {
        return new ServiceCode(code);
    }

    public static PromotionCode promotionCode(String code) {
        return new PromotionCode(code);
    }

    public static Money rub(String amount) {
        return new Money(new BigDecimal(amount), RUB);
    }

    public static Money eur(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }

    public static Component component(String service, int quantity) {
        return new Component(service(service), quantity);
    }

    public static Composition composition(TimeWindow window, BundlePricing pricing, Component... components) {
        return new Composition(window, pricing, Arrays.asList(components));
    }

    public static BundlePricing sum() {
        return new BundlePricing(BundleMode.SUM, null);
    }

    public static BundlePricing sumMinusPercent(String percent) {
        return new BundlePricing(BundleMode.SUM_MINUS_PERCENT, new BigDecimal(percent));
    }

    public static BundlePricing fixed() {
        return new BundlePricing(BundleMode.FIXED, null);
    }

    public static PriceRequest.Item item(String service, int quantity) {
        return new PriceRequest.Item(service(service), quantity);
    }

    public static PriceRequest request(String branch, Instant at, Channel channel, PriceRequest.Item... items) {
        return new PriceRequest(branch(branch), at, channel, Arrays.asList(items));
    }

    /** One unit of each service by phone. */
    public static PriceRequest request(String branch, Instant at, String... services) {
        return new PriceRequest(branch(branch), at, PHONE,
                Arrays.stream(services).map(s -> item(s, 1)).toList());
    }

    public static PromotionBuilder promotion(String code) {
        return new PromotionBuilder(code);
    }

    /** A promotion for everything, everywhere, always, non-stackable, unless told otherwise. */
    public static final class PromotionBuilder {
        private final String code;
        private PromotionWindow window = new PromotionWindow.Absolute(TimeWindow.from(LONG_AGO));
        private Discount discount = Discount.percent("10");
        private Set<BranchCode> branches = Set.of();
        private Set<ServiceCode> services = Set.of();
        private Set<String> categories = Set.of();
        private Set<Channel> channels = Set.of();
        private int priority;
        private boolean stackable;

        private PromotionBuilder(String code) {
            this.code = code;
        }

        public PromotionBuilder percent(String value) {
            discount = Discount.percent(value);
            return this;
        }

        public PromotionBuilder amountOff(Money amount) {
            discount = Discount.amountOff(amount);
            return this;
        }

        public PromotionBuilder fixedPrice(Money amount) {
            discount = Discount.fixedPrice(amount);
            return this;
        }

        public PromotionBuilder discount(Discount value) {
            discount = value;
            return this;
        }

        public PromotionBuilder between(Instant from, Instant to) {
            window = new PromotionWindow.Absolute(new TimeWindow(from, to));
            return this;
        }

        /** A window of local date-times, read in each branch's own zone. */
        public PromotionBuilder locally(String from, String to) {
            window = new PromotionWindow.Local(LocalDateTime.parse(from), to == null ? null : LocalDateTime.parse(to));
            return this;
        }

        public PromotionBuilder window(PromotionWindow value) {
            window = value;
            return this;
        }

        public PromotionBuilder services(String... codes) {
            services = Arrays.stream(codes).map(CatalogFixture::service).collect(Collectors.toSet());
            return this;
        }

        public PromotionBuilder categories(String... values) {
            categories = Set.of(values);
            return this;
        }

        public PromotionBuilder branches(String... codes) {
            branches = Arrays.stream(codes).map(CatalogFixture::branch).collect(Collectors.toSet());
            return this;
        }

        public PromotionBuilder channels(Channel... values) {
            channels = Set.of(values);
            return this;
        }

        public PromotionBuilder priority(int value) {
            priority = value;
            return this;
        }

        public PromotionBuilder stackable() {
            stackable = true;
            return this;
        }

        public Promotion build() {
            return new Promotion(promotionCode(code), code, window, new PromotionScope(branches, services, categories,
                    channels), discount, priority, stackable);
        }
    }
}
