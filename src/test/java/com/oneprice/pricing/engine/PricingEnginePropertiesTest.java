package com.oneprice.pricing.engine;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's invariants over small generated catalogs (see {@link GeneratedCatalogs}). */
class PricingEnginePropertiesTest {

    @Provide
    Arbitrary<GeneratedCatalogs.Case> cases() {
        return GeneratedCatalogs.cases();
    }

    static PriceAnswer price(GeneratedCatalogs.Case c) {
        return PricingEngine.price(c.snapshot(), c.request());
    }

    static PriceAnswer priceAt(GeneratedCatalogs.Case c, Instant at) {
        return PricingEngine.price(c.snapshot(), c.request().at(at));
    }

    @Property
    void the_answer_is_the_same_at_any_instant_before_valid_until(@ForAll("cases") GeneratedCatalogs.Case c) {
        PriceAnswer answer = price(c);
        Statistics.label("validUntil").collect(answer.validUntil().isPresent() ? "present" : "empty");
        Statistics.label("promotions applied").collect(answer.lines().stream()
                .mapToInt(line -> line.promotions().size()).sum());
        Statistics.label("bundle lines").collect(answer.lines().stream()
                .anyMatch(line -> !line.components().isEmpty()));
        Statistics.label("increment").collect(c.increment().toPlainString());
        Instant at = c.request().at();
        Instant until = answer.validUntil().orElse(at.plus(Duration.ofDays(3650)));
        long span = Duration.between(at, until).toSeconds();
        List<Instant> samples = new ArrayList<>(List.of(at.plusSeconds(span / 3), at.plusSeconds(span / 2),
                until.minusSeconds(1), until.minusNanos(1_000)));
        samples.removeIf(t -> t.isBefore(at));
        for (Instant t : samples) {
            PriceAnswer then = priceAt(c, t);
            assertEquals(answer.lines(), then.lines(), "lines at " + t);
            assertEquals(answer.total(), then.total(), "total at " + t);
            assertEquals(answer.validUntil(), then.validUntil(), "validUntil at " + t);
        }
    }

    @Property
    void the_answer_changes_at_valid_until(@ForAll("cases") GeneratedCatalogs.Case c) {
        PriceAnswer answer = price(c);
        Optional<Instant> until = answer.validUntil();
        if (until.isEmpty()) {
            return;
        }
        List<PriceAnswer.Line> then;
        try {
            then = priceAt(c, until.get()).lines();
        } catch (PricingException notPricedThen) {
            return; // no longer priced at all: a change
        }
        assertNotEquals(answer.lines(), then);
    }

    @Property
    void a_sum_bundle_lists_at_the_sum_of_its_components_priced_alone(@ForAll("cases") GeneratedCatalogs.Case c) {
        PriceRequest request = c.request();
        for (ServiceCode bundle : c.sumBundles()) {
            PriceAnswer.Line line = PricingEngine.price(c.snapshot(), alone(request, bundle, 1)).lines().get(0);
            Composition composition = c.snapshot().service(bundle).orElseThrow().compositionAt(request.at())
                    .orElseThrow();
            Money sum = Money.zero(line.listPrice().currency());
            for (Component component : composition.components()) {
                PriceAnswer.Line alone = PricingEngine.price(c.snapshot(),
                        alone(request, component.service(), component.quantity())).lines().get(0);
                sum = sum.plus(alone.listPrice().times(component.quantity()));
            }
            assertEquals(sum, line.listPrice(), bundle + " at " + request.at());
        }
    }

    static PriceRequest alone(PriceRequest request, ServiceCode service, int quantity) {
        return new PriceRequest(request.branch(), request.at(), request.channel(),
                List.of(new PriceRequest.Item(service, quantity)));
    }

    @Property
    void a_promotion_never_raises_a_price_nor_takes_it_below_zero(@ForAll("cases") GeneratedCatalogs.Case c) {
        for (PriceAnswer.Line line : price(c).lines()) {
            assertFalse(line.unitPrice().isNegative(), line.toString());
            assertFalse(line.listPrice().isLessThan(line.unitPrice()), line.toString());
            Money discounts = Money.zero(line.listPrice().currency());
            for (PriceAnswer.AppliedPromotion applied : line.promotions()) {
                assertTrue(applied.discount().amount().signum() > 0, line.toString());
                discounts = discounts.plus(applied.discount());
            }
            assertEquals(line.listPrice().minus(line.unitPrice()).times(line.quantity()), discounts, line.toString());
        }
    }

    @Property
    void the_total_is_the_sum_of_the_lines_and_each_line_is_unit_price_times_quantity(
            @ForAll("cases") GeneratedCatalogs.Case c) {
        PriceAnswer answer = price(c);
        Money sum = Money.zero(answer.total().currency());
        for (PriceAnswer.Line line : answer.lines()) {
            assertEquals(line.unitPrice().times(line.quantity()), line.lineTotal(), line.toString());
            sum = sum.plus(line.lineTotal());
        }
        assertEquals(sum, answer.total());
    }

    @Property
    void every_amount_is_a_multiple_of_the_rounding_increment(@ForAll("cases") GeneratedCatalogs.Case c) {
        PriceAnswer answer = price(c);
        List<Money> amounts = new ArrayList<>();
        amounts.add(answer.total());
        for (PriceAnswer.Line line : answer.lines()) {
            amounts.addAll(List.of(line.listPrice(), line.unitPrice(), line.lineTotal()));
            line.promotions().forEach(p -> amounts.add(p.discount()));
            components(line.components(), component -> amounts.addAll(List.of(component.unitPrice(),
                    component.total())));
        }
        for (Money amount : amounts) {
            assertEquals(0, amount.amount().remainder(c.increment()).signum(),
                    amount + " is not a multiple of " + c.increment());
        }
    }

    static void components(List<PriceAnswer.ComponentLine> components, Consumer<PriceAnswer.ComponentLine> sink) {
        for (PriceAnswer.ComponentLine component : components) {
            sink.accept(component);
            components(component.components(), sink);
        }
    }
}
