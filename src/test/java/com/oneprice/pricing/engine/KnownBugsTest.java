package com.oneprice.pricing.engine;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static com.oneprice.pricing.engine.CatalogFixture.MOSCOW;
import static com.oneprice.pricing.engine.CatalogFixture.PHONE;
import static com.oneprice.pricing.engine.CatalogFixture.catalog;
import static com.oneprice.pricing.engine.CatalogFixture.item;
import static com.oneprice.pricing.engine.CatalogFixture.promotion;
import static com.oneprice.pricing.engine.CatalogFixture.promotionCode;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.pricing.engine.CatalogFixture.rub;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bugs other commerce engines shipped, each pinned here so ours cannot grow them. */
class KnownBugsTest {

    static final Instant NOW = Instant.parse("2026-06-15T09:00:00Z");

    static CatalogFixture oneService(String amount) {
        return catalog().branch("central", MOSCOW).simple("MRI-KNEE", "imaging").price("MRI-KNEE", amount);
    }

    static PriceAnswer.Line kneeMri(CatalogSnapshot snapshot, Instant at) {
        return PricingEngine.price(snapshot, request("central", at, "MRI-KNEE")).lines().get(0);
    }

    @Test
    void odoo_a_local_promotion_does_not_end_at_utc_midnight_but_at_the_branchs_midnight() {
        CatalogSnapshot snapshot = oneService("5000.00")
                .promotion(promotion("AUTUMN-MRI").locally("2031-11-01T00:00", "2031-12-01T00:00"))
                .build();
        Instant moscowMidnight = OffsetDateTime.parse("2031-12-01T00:00:00+03:00").toInstant();

        assertEquals(rub("4500.00"), kneeMri(snapshot, moscowMidnight.minusSeconds(1)).unitPrice());
        // 00:30 on 1 December in Moscow is still 30 November in UTC: an engine reading the date in UTC keeps the discount
        assertEquals(rub("5000.00"), kneeMri(snapshot, moscowMidnight.plusSeconds(30 * 60)).unitPrice());
    }

    static final CatalogFixture.PromotionBuilder EARLIER_WORSE = promotion("A-SPRING").percent("10");
    static final CatalogFixture.PromotionBuilder LATER_BETTER = promotion("Z-SUMMER").percent("20");

    @Test
    void medusa_13074_the_later_better_promotion_wins_over_the_earliest_created_one() {
        CatalogSnapshot snapshot = oneService("5000.00").promotion(EARLIER_WORSE).promotion(LATER_BETTER).build();

        PriceAnswer.Line line = kneeMri(snapshot, NOW);

        assertEquals(rub("4000.00"), line.unitPrice());
        assertEquals(List.of(new PriceAnswer.AppliedPromotion(promotionCode("Z-SUMMER"), rub("1000.00"))),
                line.promotions());
    }

    @Test
    void medusa_13074_the_choice_does_not_depend_on_the_order_promotions_were_added() {
        CatalogSnapshot inOrder = oneService("5000.00").promotion(EARLIER_WORSE).promotion(LATER_BETTER).build();
        CatalogSnapshot reversed = oneService("5000.00").promotion(LATER_BETTER).promotion(EARLIER_WORSE).build();

        assertEquals(kneeMri(inOrder, NOW), kneeMri(reversed, NOW));
    }

    @Test
    void saleor_17453_stacked_percentages_apply_to_the_running_price_and_never_make_an_order_free() {
        CatalogSnapshot snapshot = oneService("100.00")
                .promotion(promotion("SIXTY").percent("60").stackable().priority(2))
                .promotion(promotion("FIFTY").percent("50").stackable().priority(1))
                .build();

        PriceAnswer.Line line = kneeMri(snapshot, NOW);

        assertEquals(rub("20.00"), line.unitPrice());
        assertEquals(List.of(new PriceAnswer.AppliedPromotion(promotionCode("SIXTY"), rub("60.00")),
                new PriceAnswer.AppliedPromotion(promotionCode("FIFTY"), rub("20.00"))), line.promotions());
    }

    @Test
    void saleor_12041_ten_percent_of_five_kopecks_takes_one_kopeck_off_rounding_half_up() {
        CatalogSnapshot snapshot = oneService("0.05").promotion(promotion("TEN").percent("10")).build();

        PriceAnswer.Line line = kneeMri(snapshot, NOW);

        assertEquals(rub("0.04"), line.unitPrice());
        assertEquals(List.of(new PriceAnswer.AppliedPromotion(promotionCode("TEN"), rub("0.01"))), line.promotions());
    }

    @Test
    void vendure_3003_totals_do_not_drift_by_cents_as_the_quantity_grows() {
        CatalogSnapshot snapshot = catalog().branch("central", MOSCOW)
                .simple("VITAMIN-D", "lab").price("VITAMIN-D", "9.99")
                .simple("ECG", "diagnostics").price("ECG", "1000.00")
                .promotion(promotion("THIRD-OFF").percent("33.33").services("VITAMIN-D"))
                .build();
        Money unit = rub("6.66"); // 9.99 − round(3.329667) = 9.99 − 3.33

        for (int quantity = 1; quantity <= 1000; quantity++) {
            PriceAnswer answer = PricingEngine.price(snapshot,
                    request("central", NOW, PHONE, item("VITAMIN-D", quantity), item("ECG", 1)));
            PriceAnswer.Line vitamin = answer.lines().get(0);

            assertEquals(unit, vitamin.unitPrice(), "unit price at quantity " + quantity);
            assertEquals(new Money(new BigDecimal("6.66").multiply(BigDecimal.valueOf(quantity)), CatalogFixture.RUB),
                    vitamin.lineTotal(), "line total at quantity " + quantity);
            assertEquals(vitamin.lineTotal().plus(rub("1000.00")), answer.total(), "total at quantity " + quantity);
        }
    }
}
