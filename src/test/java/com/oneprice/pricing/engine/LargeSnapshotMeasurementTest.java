package com.oneprice.pricing.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures the snapshot at the size the design asks for: 50 branches × 3,000 services × 5 price versions (750,000
 * entries loaded through the compact builder path), 500 promotions and 200 bundles; and the cost of pricing a
 * three-line request on it against a 1,000-entry catalog of the same shape, and of revising it after a write to one
 * price history. It prints figures rather than asserting them, since timings on a shared build machine are not a
 * verdict; it is tagged {@code large} and left out of the default run:
 * {@code ./mvnw test -Dtest=LargeSnapshotMeasurementTest -DexcludedTestGroups= -Dgroups=large}.
 */
@Tag("large")
class LargeSnapshotMeasurementTest {

    static final Currency RUB = Currency.getInstance("RUB");
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration VERSION_LENGTH = Duration.ofDays(90);
    static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Moscow"), ZoneId.of("Asia/Yekaterinburg"),
            ZoneId.of("Europe/Samara"), ZoneId.of("Asia/Novosibirsk"), ZoneId.of("Europe/Kaliningrad"));
    static final List<Channel> CHANNELS = List.of(new Channel("PHONE"), new Channel("WEB_CHAT"),
            new Channel("MOBILE_APP"));

    /** The dimensions of a generated catalog; ten services per category in both sizes. */
    record Shape(int branches, int services, int versions, int promotions, int bundles) {
        int entries() {
            return branches * services * versions;
        }
    }

    static final Shape LARGE = new Shape(50, 3_000, 5, 500, 200);
    static final Shape SMALL = new Shape(2, 100, 5, 17, 7);

    @Test
    void a_snapshot_of_750k_price_entries_builds_compactly_and_prices_like_a_small_one() {
        long heapBefore = heapUsedAfterGc();
        long start = System.nanoTime();
        CatalogSnapshot large = build(LARGE, new Random(1));
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        long heapBytes = heapUsedAfterGc() - heapBefore;
        CatalogSnapshot small = build(SMALL, new Random(1));

        List<PriceRequest> largeRequests = requests(LARGE, new Random(2));
        List<PriceRequest> smallRequests = requests(SMALL, new Random(2));
        assertEquals(3, PricingEngine.price(large, largeRequests.get(0)).lines().size());
        double largeNs = Double.MAX_VALUE;
        double smallNs = Double.MAX_VALUE;
        double hotNs = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) { // the first rounds warm the JIT; keep the best of the rest
            double l = nanosPerPrice(large, largeRequests);
            double s = nanosPerPrice(small, smallRequests);
            double h = nanosPerPrice(large, smallRequests);
            if (round >= 2) {
                largeNs = Math.min(largeNs, l);
                smallNs = Math.min(smallNs, s);
                hotNs = Math.min(hotNs, h);
            }
        }

        double largeRevisionUs = Double.MAX_VALUE;
        double smallRevisionUs = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            double l = microsPerRevision(large, LARGE, new Random(3));
            double s = microsPerRevision(small, SMALL, new Random(3));
            if (round >= 2) {
                largeRevisionUs = Math.min(largeRevisionUs, l);
                smallRevisionUs = Math.min(smallRevisionUs, s);
            }
        }

        System.out.printf("large snapshot: %,d price entries, %d promotions, %d bundles, %d branches%n",
                LARGE.entries(), large.promotions().size(), LARGE.bundles(), large.branches().size());
        System.out.printf("  build: %,d ms; heap used by the snapshot after GC: %,d MB%n", buildMillis,
                heapBytes / (1024 * 1024));
        System.out.printf("  price a 3-line request: %,.0f ns/op on %,d entries vs %,.0f ns/op on %,d entries (%+.1f %%)%n",
                largeNs, LARGE.entries(), smallNs, SMALL.entries(), 100 * (largeNs - smallNs) / smallNs);
        System.out.printf("  revise one price history (a write's change): %,.1f µs on %,d entries vs %,.1f µs on %,d%n",
                largeRevisionUs, LARGE.entries(), smallRevisionUs, SMALL.entries());
        // the small catalog's requests on the large snapshot: the same work on data that stays in the CPU caches,
        // which separates the cost of the catalog's size from the cost of touching memory all over it
        System.out.printf("  the small catalog's requests on the large snapshot: %,.0f ns/op%n", hotNs);
        java.lang.ref.Reference.reachabilityFence(large);
    }

    static CatalogSnapshot build(Shape shape, Random random) {
        CatalogSnapshot.Builder builder = CatalogSnapshot.builder(1);
        List<BranchCode> branches = new ArrayList<>();
        for (int b = 0; b < shape.branches(); b++) {
            BranchCode code = new BranchCode(String.format("b%02d", b));
            builder.branch(new Branch(code, code.value(), ZONES.get(b % ZONES.size()), RUB, true));
            branches.add(code);
        }
        List<ServiceCode> services = new ArrayList<>();
        for (int s = 0; s < shape.services(); s++) {
            ServiceCode code = new ServiceCode(String.format("s%04d", s));
            builder.service(Service.simple(code.value(), "c" + s / 10));
            services.add(code);
            for (BranchCode branch : branches) {
                Instant from = T0;
                for (int v = 0; v < shape.versions(); v++) {
                    Instant to = v == shape.versions() - 1 ? null : from.plus(VERSION_LENGTH);
                    // a fresh BigDecimal per entry, as a loader reading rows would have
                    builder.price(code, branch, BigDecimal.valueOf(10_000 + random.nextInt(1_000_000), 2), RUB, from, to);
                    from = to;
                }
            }
        }
        for (int i = 0; i < shape.bundles(); i++) {
            List<Component> components = List.of(
                    new Component(services.get(random.nextInt(services.size())), 1),
                    new Component(services.get(random.nextInt(services.size())), 1 + random.nextInt(2)),
                    new Component(services.get(random.nextInt(services.size())), 1));
            BundlePricing pricing = i % 2 == 0 ? new BundlePricing(BundleMode.SUM, null)
                    : new BundlePricing(BundleMode.SUM_MINUS_PERCENT, BigDecimal.valueOf(10));
            builder.service(new Service(new ServiceCode(String.format("bundle%03d", i)), "bundle " + i, "bundles",
                    ServiceKind.BUNDLE, List.of(new Composition(TimeWindow.from(T0), pricing, components))));
        }
        for (int p = 0; p < shape.promotions(); p++) {
            builder.promotion(promotion(p, shape, branches, services, random));
        }
        return builder.build();
    }

    /** Two network-wide promotions, about a tenth by category, the rest for one to three services. */
    static Promotion promotion(int p, Shape shape, List<BranchCode> branches, List<ServiceCode> services,
                               Random random) {
        Set<ServiceCode> scoped = Set.of();
        Set<String> categories = Set.of();
        if (p >= 2 && p % 10 == 0) {
            categories = Set.of("c" + random.nextInt(shape.services() / 10));
        } else if (p >= 2) {
            scoped = Set.of(services.get(random.nextInt(services.size())));
        }
        Instant from = T0.plus(Duration.ofDays(random.nextInt(450)));
        Instant to = from.plus(Duration.ofDays(7 + random.nextInt(60)));
        PromotionWindow window = random.nextBoolean() ? new PromotionWindow.Absolute(new TimeWindow(from, to))
                : new PromotionWindow.Local(LocalDateTime.ofInstant(from, ZoneOffset.UTC),
                LocalDateTime.ofInstant(to, ZoneOffset.UTC));
        Discount discount = switch (p % 3) {
            case 0 -> Discount.percent(String.valueOf(5 + random.nextInt(30)));
            case 1 -> Discount.amountOff(new Money(BigDecimal.valueOf(100 + random.nextInt(500)), RUB));
            default -> Discount.fixedPrice(new Money(BigDecimal.valueOf(500 + random.nextInt(5000)), RUB));
        };
        PromotionScope scope = new PromotionScope(
                random.nextInt(3) == 0 ? Set.of(branches.get(random.nextInt(branches.size()))) : Set.of(),
                scoped, categories,
                random.nextInt(3) == 0 ? Set.of(CHANNELS.get(random.nextInt(CHANNELS.size()))) : Set.of());
        return new Promotion(new PromotionCode(String.format("promo%03d", p)), "promotion " + p, window, scope,
                discount, random.nextInt(3), random.nextInt(4) == 0);
    }

    /** Three lines each: two services and a bundle, at a random branch, moment and channel. */
    static List<PriceRequest> requests(Shape shape, Random random) {
        List<PriceRequest> requests = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            List<PriceRequest.Item> items = List.of(
                    new PriceRequest.Item(new ServiceCode(String.format("s%04d", random.nextInt(shape.services()))), 1),
                    new PriceRequest.Item(new ServiceCode(String.format("s%04d", random.nextInt(shape.services()))), 2),
                    new PriceRequest.Item(new ServiceCode(String.format("bundle%03d", random.nextInt(shape.bundles()))), 1));
            requests.add(new PriceRequest(new BranchCode(String.format("b%02d", random.nextInt(shape.branches()))),
                    T0.plus(Duration.ofMinutes(random.nextInt(450 * 24 * 60))), CHANNELS.get(random.nextInt(3)), items));
        }
        return requests;
    }

    static double nanosPerPrice(CatalogSnapshot snapshot, List<PriceRequest> requests) {
        int operations = 0;
        long sink = 0;
        long start = System.nanoTime();
        long deadline = start + 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (PriceRequest request : requests) {
                sink += PricingEngine.price(snapshot, request).total().amount().unscaledValue().longValue();
            }
            operations += requests.size();
        }
        double nanos = (double) (System.nanoTime() - start) / operations;
        if (sink == 42) {
            System.out.print(""); // keeps the JIT from discarding the work
        }
        return nanos;
    }

    /**
     * The next version of {@code snapshot} after a write to one random (service, branch): its history of
     * {@code shape.versions()} entries with the open one closed and a new one appended, as a catalog write leaves it.
     */
    static double microsPerRevision(CatalogSnapshot snapshot, Shape shape, Random random) {
        int operations = 0;
        long sink = 0;
        long start = System.nanoTime();
        long deadline = start + 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            ServiceCode service = new ServiceCode(String.format("s%04d", random.nextInt(shape.services())));
            BranchCode branch = new BranchCode(String.format("b%02d", random.nextInt(shape.branches())));
            List<PriceEntry> history = new ArrayList<>();
            Instant from = T0;
            for (int v = 0; v <= shape.versions(); v++) {
                Instant to = v == shape.versions() ? null : from.plus(VERSION_LENGTH);
                history.add(new PriceEntry(service, branch, new Money(BigDecimal.valueOf(10_000 + v, 2), RUB),
                        new TimeWindow(from, to)));
                from = to;
            }
            sink += snapshot.revise(snapshot.version() + 1).prices(service, branch, history).build().version();
            operations++;
        }
        double micros = (System.nanoTime() - start) / 1e3 / operations;
        if (sink == 42) {
            System.out.print(""); // keeps the JIT from discarding the work
        }
        return micros;
    }

    static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
