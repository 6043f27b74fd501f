package com.oneprice.pricing.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Explains why a quoted amount differs from the authoritative one by re-pricing real alternatives and keeping those
 * that give exactly the quoted amount: the same items at other branches; this branch at each moment something
 * changed within the lookback and at the next scheduled change; promotions running now that exclude this
 * branch, channel or service; a bundle priced without some of its components. Whole-request explanations come
 * before single-line ones; within each, reasons follow {@link ReasonCode}'s order. Nothing found: UNEXPLAINED.
 */
public final class Verifier {

    private static final int MAX_PARTIAL_COMPONENTS = 10;

    private final CatalogSnapshot snapshot;
    private final PriceRequest request;
    private final PriceAnswer answer;
    private final Money quoted;
    private final Branch branch;
    private final VerifyOptions options;
    private final Map<Reason, Integer> found = new LinkedHashMap<>();
    private int budget;

    private Verifier(CatalogSnapshot snapshot, PriceRequest request, PriceAnswer answer, Money quoted,
                     VerifyOptions options) {
        this.snapshot = snapshot;
        this.request = request;
        this.answer = answer;
        this.quoted = quoted;
        this.branch = PricingEngine.branch(snapshot, request.branch());
        this.options = options;
        this.budget = options.maxCandidates();
    }

    /** @param answer the engine's answer to {@code request} on {@code snapshot} */
    public static Verdict verify(CatalogSnapshot snapshot, PriceRequest request, PriceAnswer answer, Money quoted,
                                 VerifyOptions options) {
        if (!quoted.currency().equals(answer.total().currency())) {
            throw new PricingException.OtherCurrency(quoted.currency(), request.branch(), answer.total().currency());
        }
        Money difference = quoted.minus(answer.total());
        if (difference.isZero()) {
            return new Verdict(Verdict.Status.MATCH, quoted, difference, List.of());
        }
        return new Verdict(Verdict.Status.MISMATCH, quoted, difference,
                new Verifier(snapshot, request, answer, quoted, options).search());
    }

    private List<Reason> search() {
        otherBranches();
        history();
        promotionsOutOfScope();
        partialBundles();
        if (found.isEmpty()) {
            return List.of(new Reason(ReasonCode.UNEXPLAINED, quoted + " is not the price of these items at branch "
                    + branch.code() + " (" + answer.total() + "), nor at another branch, nor at any moment in the last "
                    + options.lookback().toDays() + " days or the next scheduled change, nor with a promotion or "
                    + "bundle component left out", null, null, null, null));
        }
        return found.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Reason, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().code()))
                .map(Map.Entry::getKey).toList();
    }

    private static final int WHOLE_REQUEST = 0;
    private static final int ONE_LINE = 1;

    private void found(int group, Reason reason) {
        found.putIfAbsent(reason, group);
    }

    private boolean spend() {
        return budget-- > 0;
    }

    private void otherBranches() {
        snapshot.branches().stream()
                .filter(b -> b.active() && !b.code().equals(branch.code()) && b.currency().equals(branch.currency()))
                .sorted(Comparator.comparing(Branch::code))
                .forEach(other -> {
                    if (!spend()) {
                        return;
                    }
                    try {
                        List<PriceAnswer.Line> lines = PricingEngine.lines(snapshot, other, request.at(other.code()), null);
                        if (PricingEngine.total(snapshot, lines, other).equals(quoted)) {
                            found(WHOLE_REQUEST, new Reason(ReasonCode.BRANCH_PRICE_DIFFERS, quoted
                                    + " is the price at branch " + other.code() + ", not " + branch.code(),
                                    other.code(), null, null, null));
                        }
                    } catch (PricingException.NotSold notSoldThere) {
                        // the items are not sold at that branch: not an alternative
                    }
                });
    }

    /** This branch at each moment something changed in the lookback, and at the next scheduled change. */
    private void history() {
        Instant at = request.at();
        Instant earliest = at.minus(options.lookback());
        TreeSet<Instant> moments = new TreeSet<>(Comparator.reverseOrder());
        for (int i = 0; i < request.items().size(); i++) {
            PricingEngine.boundaries(snapshot, PricingEngine.service(snapshot, i, request.items().get(i).service()),
                    branch, request.channel(), true, 0, t -> {
                        if (!t.isBefore(earliest) && t.isBefore(at)) {
                            moments.add(t);
                        }
                    });
        }
        moments.add(earliest);
        List<Instant> samples = new ArrayList<>();
        answer.validUntil().ifPresent(samples::add);
        samples.addAll(moments);
        for (Instant moment : samples) {
            if (!spend()) {
                return;
            }
            List<PriceAnswer.Line> then;
            try {
                then = PricingEngine.lines(snapshot, branch, request.at(moment), null);
            } catch (PricingException notPricedThen) {
                continue;
            }
            if (then.equals(answer.lines())) {
                continue;
            }
            if (PricingEngine.total(snapshot, then, branch).equals(quoted)) {
                explainChange(WHOLE_REQUEST, moment, then, IntStream.range(0, then.size()).boxed().toList());
            }
            for (int i = 0; i < then.size() && then.size() > 1; i++) {
                if (withLine(i, then.get(i).lineTotal()).equals(quoted)) {
                    explainChange(ONE_LINE, moment, then, List.of(i));
                }
            }
        }
    }

    /**
     * What differs between {@code lines} of the answer now and of {@code then}, the answer at {@code moment}. One
     * line explaining the amount is told as that line's price; several, as the request's total, with one reason per
     * promotion naming every line it applied to.
     */
    private void explainChange(int group, Instant moment, List<PriceAnswer.Line> then, List<Integer> lines) {
        Instant at = request.at();
        boolean past = moment.isBefore(at);
        boolean total = lines.size() > 1;
        Map<PromotionCode, List<ServiceCode>> lost = new LinkedHashMap<>();
        for (int i : lines) {
            Set<PromotionCode> appliedNow = codes(answer.lines().get(i));
            for (PriceAnswer.AppliedPromotion applied : then.get(i).promotions()) {
                if (!appliedNow.contains(applied.code())) {
                    lost.computeIfAbsent(applied.code(), code -> new ArrayList<>()).add(then.get(i).service());
                }
            }
        }
        lost.forEach((code, services) -> {
            // it applied at this branch then, so it is in the snapshot and its window exists in this zone: were
            // either missing, there would be nothing to tell
            TimeWindow window = promotion(code).flatMap(p -> p.window().in(branch.zone())).orElse(null);
            if (window == null) {
                return;
            }
            String amount = total ? quoted.toString() : then.get(lines.get(0)).lineTotal().toString();
            if (past && window.to() != null && !window.to().isAfter(at)) {
                found(group, new Reason(ReasonCode.PROMOTION_EXPIRED, total
                        ? amount + " was the total while promotion " + code + " applied to " + list(services)
                                + "; it ended at " + local(window.to())
                        : amount + " was the price of " + services.get(0) + " under promotion " + code
                                + ", which ended at " + local(window.to()),
                        null, code, window.to(), services));
            } else if (!past && window.from().isAfter(at)) {
                found(group, new Reason(ReasonCode.PROMOTION_NOT_STARTED, total
                        ? amount + " will be the total once promotion " + code + " applies to " + list(services)
                                + "; it starts at " + local(window.from())
                        : amount + " will be the price of " + services.get(0) + " under promotion " + code
                                + ", which starts at " + local(window.from()),
                        null, code, window.from(), services));
            }
        });
        for (int i : lines) {
            PriceAnswer.Line now = answer.lines().get(i);
            PriceAnswer.Line old = then.get(i);
            String opening = (total ? quoted : old.lineTotal()) + (past ? " was" : " will be")
                    + (total ? " the total with " : " the price of ");
            if (!sameComposition(old, now)) {
                Instant change = firstChange(i, moment, line -> sameComposition(line, now));
                found(group, new Reason(ReasonCode.BUNDLE_COMPOSITION_CHANGED, opening
                        + (total ? "the composition of " + old.service() : old.service() + " with the composition")
                        + (past ? " in force before " : " from ") + local(change),
                        null, null, change, List.of(old.service())));
            } else if (!old.listPrice().equals(now.listPrice())) {
                Instant change = firstChange(i, moment, line -> line.listPrice().equals(now.listPrice()));
                String was = total
                        ? opening + old.service() + " at " + old.listPrice() + (past ? ", before it changed at "
                                : ", from ") + local(change)
                        : opening + old.service() + (past ? " before it changed at " : " from ") + local(change);
                found(group, new Reason(ReasonCode.PRICE_CHANGED, was + "; it is " + now.listPrice() + " at " + local(at),
                        null, null, change, List.of(old.service())));
            }
        }
    }

    /**
     * The instant the line's list price or composition became what it is at {@code at} (for a past moment), or
     * stopped being (for a future one): the first boundary between the two where the line looks like now / not.
     */
    private Instant firstChange(int i, Instant moment, java.util.function.Predicate<PriceAnswer.Line> likeNow) {
        Instant at = request.at();
        boolean past = moment.isBefore(at);
        Instant low = past ? moment : at;
        Instant high = past ? at : moment;
        TreeSet<Instant> between = new TreeSet<>();
        PriceRequest.Item item = request.items().get(i);
        PricingEngine.boundaries(snapshot, PricingEngine.service(snapshot, i, item.service()), branch,
                request.channel(), false, 0, t -> {
                    if (t.isAfter(low) && !t.isAfter(high)) {
                        between.add(t);
                    }
                });
        for (Instant t : between) {
            try {
                boolean like = likeNow.test(PricingEngine.line(snapshot, branch, t, request.channel(), i, item, null));
                if (like == past) {
                    return t;
                }
            } catch (PricingException notPriced) {
                // a gap in the history: keep walking
            }
        }
        return past ? at : moment;
    }

    private void promotionsOutOfScope() {
        for (int i = 0; i < request.items().size(); i++) {
            PriceAnswer.Line now = answer.lines().get(i);
            // A promotion only lowers a line: if the quoted total leaves this line as much as it costs now, or
            // less than nothing, no promotion on it can explain the amount.
            Money target = quoted.minus(answer.total().minus(now.lineTotal()));
            if (target.amount().signum() < 0 || !target.isLessThan(now.lineTotal())) {
                continue;
            }
            Service service = PricingEngine.service(snapshot, i, now.service());
            Set<PromotionCode> applied = codes(now);
            for (Promotion promotion : snapshot.promotions()) {
                if (applied.contains(promotion.code()) || exclusions(promotion, service) != 1
                        || promotion.window().in(branch.zone()).filter(w -> w.contains(request.at())).isEmpty()
                        || !promotion.appliesToCurrency(branch.currency())) {
                    continue;
                }
                if (!spend()) {
                    return;
                }
                PriceAnswer.Line forced = PricingEngine.line(snapshot, branch, request.at(), request.channel(), i,
                        request.items().get(i), promotion);
                if (forced.lineTotal().equals(target)) {
                    found(request.items().size() == 1 ? WHOLE_REQUEST : ONE_LINE, new Reason(
                            ReasonCode.PROMOTION_NOT_APPLICABLE, quoted + " would be the price with promotion "
                            + promotion.code() + ", which " + exclusion(promotion, service), null, promotion.code(),
                            null, List.of(now.service())));
                }
            }
        }
    }

    /**
     * How many parts of its scope (branch, channel, service) exclude {@code promotion} from this line. Only a
     * promotion excluded by exactly one is a candidate: one meant for another branch and another service that
     * happens to match the quoted amount is a coincidence, not an explanation.
     */
    private int exclusions(Promotion promotion, Service service) {
        PromotionScope scope = promotion.scope();
        return (scope.coversBranch(branch.code()) ? 0 : 1) + (scope.coversChannel(request.channel()) ? 0 : 1)
                + (scope.coversService(service) ? 0 : 1);
    }

    /** Why {@code promotion}, excluded by one part of its scope, does not apply to this line. */
    private String exclusion(Promotion promotion, Service service) {
        PromotionScope scope = promotion.scope();
        if (!scope.coversBranch(branch.code())) {
            return "applies only at branches " + sorted(scope.branches()) + ", not " + branch.code();
        }
        if (!scope.coversChannel(request.channel())) {
            return "applies only to channels " + sorted(scope.channels()) + ", not "
                    + (request.channel() == null ? "an unnamed channel" : request.channel());
        }
        return "does not cover " + service.code() + " (it covers " + (scope.services().isEmpty() ? ""
                : "services " + sorted(scope.services())) + (scope.services().isEmpty() || scope.categories().isEmpty()
                ? "" : " and ") + (scope.categories().isEmpty() ? "" : "categories " + sorted(scope.categories())) + ")";
    }

    private void partialBundles() {
        for (int i = 0; i < request.items().size(); i++) {
            PriceAnswer.Line now = answer.lines().get(i);
            Service service = PricingEngine.service(snapshot, i, now.service());
            PricingEngine.Sale sale = new PricingEngine.Sale(i, service.code());
            Composition composition = service.compositionAt(request.at()).orElse(null);
            if (composition == null || composition.components().size() > MAX_PARTIAL_COMPONENTS) {
                continue;
            }
            List<Component> all = composition.components();
            int n = all.size();
            for (int mask = 1; mask < (1 << n) - 1; mask++) {
                if (!spend()) {
                    return;
                }
                List<Component> kept = new ArrayList<>();
                List<ServiceCode> missing = new ArrayList<>();
                for (int c = 0; c < n; c++) {
                    if ((mask & (1 << c)) != 0) {
                        kept.add(all.get(c));
                    } else {
                        missing.add(all.get(c).service());
                    }
                }
                PricingEngine.Listed partial;
                try {
                    partial = PricingEngine.bundle(snapshot, sale, service, sumOnly(composition), kept, branch,
                            request.at(), 0);
                } catch (PricingException notPriced) {
                    continue;
                }
                List<Money> candidates = new ArrayList<>(List.of(partial.unitPrice()));
                if (composition.pricing().mode() == BundleMode.SUM_MINUS_PERCENT) {
                    candidates.add(PricingEngine.bundle(snapshot, sale, service, composition, kept, branch,
                            request.at(), 0).unitPrice());
                }
                for (Money unit : candidates) {
                    if (withLine(i, unit.times(now.quantity())).equals(quoted)) {
                        found(request.items().size() == 1 ? WHOLE_REQUEST : ONE_LINE, new Reason(
                                ReasonCode.BUNDLE_PARTIAL, quoted + " is the price of " + service.code() + " without "
                                + missing.stream().map(ServiceCode::value).collect(Collectors.joining(", ")),
                                null, null, null, missing));
                    }
                }
            }
        }
    }

    private static Composition sumOnly(Composition composition) {
        return new Composition(composition.window(), new BundlePricing(BundleMode.SUM, null), composition.components());
    }

    /** The request's total with line {@code i} replaced by {@code lineTotal}. */
    private Money withLine(int i, Money lineTotal) {
        return answer.total().minus(answer.lines().get(i).lineTotal()).plus(lineTotal);
    }

    private Optional<Promotion> promotion(PromotionCode code) {
        return snapshot.promotions().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    private static Set<PromotionCode> codes(PriceAnswer.Line line) {
        return line.promotions().stream().map(PriceAnswer.AppliedPromotion::code).collect(Collectors.toSet());
    }

    private static boolean sameComposition(PriceAnswer.Line a, PriceAnswer.Line b) {
        return Objects.equals(shape(a.components()), shape(b.components()));
    }

    private static List<String> shape(List<PriceAnswer.ComponentLine> components) {
        return components.stream().map(c -> c.service() + "×" + c.quantity() + shape(c.components())).toList();
    }

    private String local(Instant instant) {
        ZoneId zone = branch.zone();
        return instant.atZone(zone).toOffsetDateTime().toString();
    }

    private static String list(List<ServiceCode> services) {
        return services.stream().map(ServiceCode::value).collect(Collectors.joining(", "));
    }

    private static String sorted(Set<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }
}
