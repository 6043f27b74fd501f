package com.oneprice.pricing.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.oneprice.pricing.engine.CatalogFixture.KIOSK;
import static com.oneprice.pricing.engine.CatalogFixture.LONG_AGO;
import static com.oneprice.pricing.engine.CatalogFixture.PHONE;
import static com.oneprice.pricing.engine.CatalogFixture.branch;
import static com.oneprice.pricing.engine.CatalogFixture.clinicNetwork;
import static com.oneprice.pricing.engine.CatalogFixture.component;
import static com.oneprice.pricing.engine.CatalogFixture.composition;
import static com.oneprice.pricing.engine.CatalogFixture.promotion;
import static com.oneprice.pricing.engine.CatalogFixture.promotionCode;
import static com.oneprice.pricing.engine.CatalogFixture.rub;
import static com.oneprice.pricing.engine.CatalogFixture.service;
import static com.oneprice.pricing.engine.CatalogFixture.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /prices/timeline's engine: segments of constant price over a period, and why each one starts. */
class PriceTimelineTest {

    static final Instant FROM = Instant.parse("2031-12-01T00:00:00Z");
    static final Instant TO = FROM.plus(Duration.ofDays(30));

    static Instant day(int n) {
        return FROM.plus(Duration.ofDays(n));
    }

    static PriceTimeline kneeMri(CatalogSnapshot snapshot, String branch, Channel channel) {
        return PriceTimeline.of(snapshot, branch(branch), service("MRI-KNEE"), channel, FROM, TO);
    }

    static List<String> prices(PriceTimeline timeline) {
        return timeline.segments().stream()
                .map(s -> s.line().map(l -> l.unitPrice().amount().toPlainString()).orElse("not sold")).toList();
    }

    static Change starts(String promotion) {
        return new Change(Change.Type.PROMOTION_STARTS, null, promotionCode(promotion));
    }

    static Change ends(String promotion) {
        return new Change(Change.Type.PROMOTION_ENDS, null, promotionCode(promotion));
    }

    static Change price(String service) {
        return new Change(Change.Type.PRICE_CHANGES, service(service), null);
    }

    /** The demo's month of the knee MRI at north: a promotion, a scheduled rise, another promotion. */
    static CatalogSnapshot northMonth() {
        return clinicNetwork()
                .price("MRI-KNEE", "4000.00")
                .price("MRI-KNEE", "north", "5000.00", LONG_AGO, day(21))
                .price("MRI-KNEE", "north", "5400.00", day(21), null)
                .promotion(promotion("NORTH-MRI-DAYS").percent("15").between(day(10), day(17))
                        .branches("north").services("MRI-KNEE"))
                .promotion(promotion("KNEE-CARE").amountOff(rub("500")).between(day(24), day(28))
                        .services("MRI-KNEE"))
                .build();
    }

    @Test
    void the_month_at_north_lists_both_promotions_and_the_scheduled_rise_each_at_its_boundary() {
        PriceTimeline timeline = kneeMri(northMonth(), "north", PHONE);

        assertEquals(List.of("5000.00", "4250.00", "5000.00", "5400.00", "4900.00", "5400.00"), prices(timeline));
        List<PriceTimeline.Segment> s = timeline.segments();
        assertEquals(List.of(FROM, day(10), day(17), day(21), day(24), day(28)),
                s.stream().map(PriceTimeline.Segment::from).toList());
        assertEquals(List.of(day(10), day(17), day(21), day(24), day(28), TO),
                s.stream().map(PriceTimeline.Segment::to).toList());
        assertEquals(List.of(), s.get(0).changes());
        assertEquals(List.of(starts("NORTH-MRI-DAYS")), s.get(1).changes());
        assertEquals(List.of(ends("NORTH-MRI-DAYS")), s.get(2).changes());
        assertEquals(List.of(price("MRI-KNEE")), s.get(3).changes());
        assertEquals(List.of(starts("KNEE-CARE")), s.get(4).changes());
        assertEquals(promotionCode("KNEE-CARE"), s.get(4).line().orElseThrow().promotions().get(0).code());
        assertEquals(List.of(ends("KNEE-CARE")), s.get(5).changes());
        assertFalse(timeline.truncated());
    }

    @Test
    void another_branch_sees_only_what_applies_there() {
        assertEquals(List.of("4000.00", "3500.00", "4000.00"), prices(kneeMri(northMonth(), "central", PHONE)));
    }

    @Test
    void a_promotion_for_another_channel_or_one_that_does_not_win_is_no_boundary() {
        CatalogSnapshot snapshot = clinicNetwork().price("MRI-KNEE", "4000.00")
                .promotion(promotion("BIG").percent("20").between(day(1), day(20)).services("MRI-KNEE"))
                .promotion(promotion("SMALL").percent("5").between(day(5), day(10)).services("MRI-KNEE"))
                .promotion(promotion("KIOSK-ONLY").percent("50").between(day(12), day(14)).services("MRI-KNEE")
                        .channels(KIOSK))
                .build();

        PriceTimeline phone = kneeMri(snapshot, "central", PHONE);
        assertEquals(List.of("4000.00", "3200.00", "4000.00"), prices(phone));
        assertEquals(List.of(ends("BIG")), phone.segments().get(2).changes());
        assertEquals(List.of("4000.00", "3200.00", "2000.00", "3200.00", "4000.00"),
                prices(kneeMri(snapshot, "central", KIOSK)));
    }

    @Test
    void where_no_price_is_in_force_the_segment_is_not_sold() {
        CatalogSnapshot snapshot = clinicNetwork()
                .price("MRI-KNEE", null, "4000.00", LONG_AGO, day(5))
                .price("MRI-KNEE", null, "4100.00", day(8), null)
                .build();

        PriceTimeline timeline = kneeMri(snapshot, "central", PHONE);

        assertEquals(List.of("4000.00", "not sold", "4100.00"), prices(timeline));
        assertEquals(Optional.empty(), timeline.segments().get(1).line());
        assertEquals(List.of(price("MRI-KNEE")), timeline.segments().get(1).changes());
    }

    @Test
    void a_bundle_changes_with_its_components_prices_and_its_compositions() {
        CatalogSnapshot snapshot = clinicNetwork()
                .price("BLOOD-CBC", null, "600.00", LONG_AGO, day(3))
                .price("BLOOD-CBC", null, "650.00", day(3), null)
                .price("ECG", "1100.00")
                .bundle("CHECKUP", composition(new TimeWindow(LONG_AGO, day(6)), sum(),
                                component("BLOOD-CBC", 1), component("ECG", 1)),
                        composition(TimeWindow.from(day(6)), sum(), component("ECG", 2)))
                .build();

        PriceTimeline timeline = PriceTimeline.of(snapshot, branch("central"), service("CHECKUP"), PHONE, FROM, TO);

        assertEquals(List.of("1700.00", "1750.00", "2200.00"), prices(timeline));
        assertEquals(List.of(price("BLOOD-CBC")), timeline.segments().get(1).changes());
        assertTrue(timeline.segments().get(2).changes()
                .contains(new Change(Change.Type.COMPOSITION_CHANGES, service("CHECKUP"), null)));
    }

    @Test
    void a_local_promotion_starts_at_midnight_in_the_branchs_own_zone() {
        CatalogSnapshot snapshot = clinicNetwork().price("MRI-KNEE", "4000.00")
                .promotion(promotion("LOCAL").percent("10").locally("2031-12-10T00:00", "2031-12-11T00:00")
                        .services("MRI-KNEE"))
                .build();

        PriceTimeline east = kneeMri(snapshot, "east", PHONE);

        assertEquals(Instant.parse("2031-12-09T19:00:00Z"), east.segments().get(1).from());
        assertEquals(Instant.parse("2031-12-09T21:00:00Z"), kneeMri(snapshot, "north", PHONE).segments().get(1).from());
    }

    @Test
    void segments_are_clipped_to_the_period_and_an_instant_on_its_edges_is_no_boundary() {
        CatalogSnapshot snapshot = clinicNetwork()
                .price("MRI-KNEE", null, "4000.00", LONG_AGO, FROM)
                .price("MRI-KNEE", null, "4100.00", FROM, TO)
                .price("MRI-KNEE", null, "4200.00", TO, null)
                .build();

        PriceTimeline timeline = kneeMri(snapshot, "central", PHONE);

        assertEquals(List.of("4100.00"), prices(timeline));
        assertEquals(List.of(), timeline.segments().get(0).changes());
    }

    @Test
    void past_its_bound_the_timeline_stops_early_and_says_so() {
        CatalogFixture catalog = clinicNetwork();
        Instant at = FROM;
        for (int i = 0; i <= PriceTimeline.MAX_SEGMENTS; i++) {
            catalog.price("MRI-KNEE", null, i % 2 == 0 ? "100.00" : "200.00", at, at.plusSeconds(600));
            at = at.plusSeconds(600);
        }

        PriceTimeline timeline = kneeMri(catalog.build(), "central", PHONE);

        assertTrue(timeline.truncated());
        assertEquals(PriceTimeline.MAX_SEGMENTS, timeline.segments().size());
        assertEquals(FROM.plusSeconds(600L * PriceTimeline.MAX_SEGMENTS), timeline.to());
        assertEquals(timeline.to(), timeline.segments().get(PriceTimeline.MAX_SEGMENTS - 1).to());
    }

    @Test
    void a_period_that_does_not_end_after_it_starts_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> PriceTimeline.of(northMonth(), branch("north"),
                service("MRI-KNEE"), PHONE, FROM, FROM));
    }
}
