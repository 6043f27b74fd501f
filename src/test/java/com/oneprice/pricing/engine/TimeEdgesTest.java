package com.oneprice.pricing.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static com.oneprice.pricing.engine.CatalogFixture.BERLIN;
import static com.oneprice.pricing.engine.CatalogFixture.EUR;
import static com.oneprice.pricing.engine.CatalogFixture.MOSCOW;
import static com.oneprice.pricing.engine.CatalogFixture.YEKATERINBURG;
import static com.oneprice.pricing.engine.CatalogFixture.catalog;
import static com.oneprice.pricing.engine.CatalogFixture.eur;
import static com.oneprice.pricing.engine.CatalogFixture.promotion;
import static com.oneprice.pricing.engine.CatalogFixture.promotionCode;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.pricing.engine.CatalogFixture.rub;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Windows are half-open everywhere, local windows are read in each branch's zone, DST included. */
class TimeEdgesTest {

    static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant END = Instant.parse("2026-12-01T00:00:00Z");

    static CatalogSnapshot kneeMriWith(CatalogFixture.PromotionBuilder promotion) {
        return catalog().branch("central", MOSCOW).branch("east", YEKATERINBURG)
                .simple("MRI-KNEE", "imaging").price("MRI-KNEE", "5000.00")
                .promotion(promotion.services("MRI-KNEE"))
                .build();
    }

    static PriceAnswer.Line kneeMri(CatalogSnapshot snapshot, String branch, Instant at) {
        return PricingEngine.price(snapshot, request(branch, at, "MRI-KNEE")).lines().get(0);
    }

    static List<PromotionCode> applied(PriceAnswer.Line line) {
        return line.promotions().stream().map(PriceAnswer.AppliedPromotion::code).toList();
    }

    static final PromotionCode AUTUMN = promotionCode("AUTUMN-MRI");

    /** {@code promotion} applies to the knee MRI at {@code branch} in the last second before {@code end}, not at it. */
    static void assertEndsAt(PromotionCode promotion, CatalogSnapshot snapshot, String branch, Instant end) {
        assertEquals(List.of(promotion), applied(kneeMri(snapshot, branch, end.minusSeconds(1))));
        assertEquals(List.of(), applied(kneeMri(snapshot, branch, end)));
    }

    @Test
    void a_promotion_still_applies_in_its_last_second() {
        CatalogSnapshot snapshot = kneeMriWith(promotion("AUTUMN-MRI").between(START, END));

        PriceAnswer.Line line = kneeMri(snapshot, "central", END.minusSeconds(1));

        assertEquals(List.of(AUTUMN), applied(line));
        assertEquals(rub("4500.00"), line.unitPrice());
    }

    @Test
    void a_promotion_still_applies_in_its_last_microsecond() {
        CatalogSnapshot snapshot = kneeMriWith(promotion("AUTUMN-MRI").between(START, END));

        assertEquals(List.of(AUTUMN), applied(kneeMri(snapshot, "central", END.minusNanos(1_000))));
    }

    @Test
    void a_promotion_no_longer_applies_at_its_end_instant() {
        CatalogSnapshot snapshot = kneeMriWith(promotion("AUTUMN-MRI").between(START, END));

        PriceAnswer.Line line = kneeMri(snapshot, "central", END);

        assertEquals(List.of(), applied(line));
        assertEquals(rub("5000.00"), line.unitPrice());
    }

    @Test
    void a_promotion_applies_from_its_start_instant() {
        CatalogSnapshot snapshot = kneeMriWith(promotion("AUTUMN-MRI").between(START, END));

        assertEquals(List.of(), applied(kneeMri(snapshot, "central", START.minusNanos(1_000))));
        assertEquals(List.of(AUTUMN), applied(kneeMri(snapshot, "central", START)));
    }

    @Test
    void the_answer_in_the_last_second_of_a_promotion_is_valid_until_its_end() {
        CatalogSnapshot snapshot = kneeMriWith(promotion("AUTUMN-MRI").between(START, END));

        PriceAnswer answer = PricingEngine.price(snapshot, request("central", END.minusSeconds(1), "MRI-KNEE"));

        assertEquals(Optional.of(END), answer.validUntil());
    }

    // "until 30 November inclusive" = to 1 December 00:00 in every branch's own zone
    static final CatalogFixture.PromotionBuilder UNTIL_30_NOVEMBER =
            promotion("AUTUMN-MRI").locally("2026-11-01T00:00", "2026-12-01T00:00");

    @Test
    void a_local_window_is_still_open_in_moscow_at_one_second_to_local_midnight() {
        Instant moscowLastSecond = OffsetDateTime.parse("2026-11-30T23:59:59+03:00").toInstant();

        PriceAnswer.Line line = kneeMri(kneeMriWith(UNTIL_30_NOVEMBER), "central", moscowLastSecond);

        assertEquals(List.of(AUTUMN), applied(line));
    }

    @Test
    void the_same_local_window_has_already_ended_in_yekaterinburg_at_that_instant() {
        Instant moscowLastSecond = OffsetDateTime.parse("2026-11-30T23:59:59+03:00").toInstant();

        PriceAnswer.Line line = kneeMri(kneeMriWith(UNTIL_30_NOVEMBER), "east", moscowLastSecond);

        assertEquals(List.of(), applied(line));
    }

    @Test
    void a_local_window_ends_at_each_branchs_own_midnight() {
        CatalogSnapshot snapshot = kneeMriWith(UNTIL_30_NOVEMBER);
        Instant noonUtc = Instant.parse("2026-11-30T12:00:00Z");

        assertEquals(Optional.of(Instant.parse("2026-11-30T21:00:00Z")),
                PricingEngine.price(snapshot, request("central", noonUtc, "MRI-KNEE")).validUntil());
        assertEquals(Optional.of(Instant.parse("2026-11-30T19:00:00Z")),
                PricingEngine.price(snapshot, request("east", noonUtc, "MRI-KNEE")).validUntil());
    }

    static CatalogSnapshot berlinWith(String localEnd) {
        return catalog().branch("mitte", BERLIN, EUR)
                .simple("MRI-KNEE", "imaging")
                .price("MRI-KNEE", null, eur("500.00"), CatalogFixture.LONG_AGO, null)
                .promotion(promotion("AUTUMN-MRI").services("MRI-KNEE").locally("2026-01-01T00:00", localEnd))
                .build();
    }

    @Test
    void a_local_end_in_the_spring_dst_gap_is_the_end_of_the_gap() {
        // 02:30 does not exist on 29 March 2026 in Berlin: the clock reads 02:30 or later first at 03:00 CEST = 01:00Z
        CatalogSnapshot snapshot = berlinWith("2026-03-29T02:30");
        Instant resolvedEnd = Instant.parse("2026-03-29T01:00:00Z");

        assertEndsAt(AUTUMN, snapshot, "mitte", resolvedEnd);
        assertEquals(Optional.of(resolvedEnd), PricingEngine.price(snapshot,
                request("mitte", Instant.parse("2026-03-29T00:00:00Z"), "MRI-KNEE")).validUntil());
    }

    @Test
    void a_local_end_in_the_autumn_dst_overlap_takes_the_earlier_offset() {
        // 02:30 happens twice on 25 October 2026 in Berlin: first at +02:00 (00:30Z), then at +01:00 (01:30Z)
        CatalogSnapshot snapshot = berlinWith("2026-10-25T02:30");
        Instant firstOccurrence = Instant.parse("2026-10-25T00:30:00Z");

        assertEndsAt(AUTUMN, snapshot, "mitte", firstOccurrence);
        assertEquals(List.of(), applied(kneeMri(snapshot, "mitte", Instant.parse("2026-10-25T01:00:00Z"))));
    }

    @Test
    void a_local_window_resolves_in_the_zone_as_documented() {
        PromotionWindow.Local window = new PromotionWindow.Local(LocalDateTime.parse("2026-03-29T02:30"),
                LocalDateTime.parse("2026-10-25T02:30"));

        TimeWindow inBerlin = window.in(BERLIN).orElseThrow();

        assertEquals(OffsetDateTime.parse("2026-03-29T03:00+02:00").toInstant(), inBerlin.from());
        assertEquals(OffsetDateTime.parse("2026-10-25T02:30+02:00").toInstant(), inBerlin.to());
    }

    @Test
    void a_local_window_that_vanishes_in_the_spring_dst_gap_never_applies_and_breaks_nothing() {
        // 02:00-03:00 on 29 March does not exist in Berlin: both ends read as 03:00 CEST, an empty window
        CatalogSnapshot snapshot = catalog().branch("mitte", BERLIN, EUR)
                .simple("MRI-KNEE", "imaging")
                .price("MRI-KNEE", null, eur("500.00"), CatalogFixture.LONG_AGO, null)
                .promotion(promotion("LOST-HOUR").services("MRI-KNEE")
                        .locally("2026-03-29T02:00", "2026-03-29T03:00"))
                .build();
        Instant lostHourEnd = Instant.parse("2026-03-29T01:00:00Z");

        assertEquals(List.of(), applied(kneeMri(snapshot, "mitte", lostHourEnd.minusSeconds(1))));
        assertEquals(List.of(), applied(kneeMri(snapshot, "mitte", lostHourEnd)));
    }

    @Test
    void a_local_window_starting_in_the_spring_dst_gap_applies_from_the_end_of_the_gap() {
        // of 02:30 to 03:10, only 03:00 to 03:10 CEST (01:00Z to 01:10Z) exists in Berlin
        CatalogSnapshot snapshot = berlinWithPromotion("2026-03-29T02:30", "2026-03-29T03:10");

        assertEquals(List.of(), applied(kneeMri(snapshot, "mitte", Instant.parse("2026-03-29T00:59:59Z"))));
        assertEquals(List.of(LOST_HOUR), applied(kneeMri(snapshot, "mitte", Instant.parse("2026-03-29T01:00:00Z"))));
        assertEquals(List.of(LOST_HOUR), applied(kneeMri(snapshot, "mitte", Instant.parse("2026-03-29T01:05:00Z"))));
        assertEquals(List.of(), applied(kneeMri(snapshot, "mitte", Instant.parse("2026-03-29T01:10:00Z"))));
    }

    static final PromotionCode LOST_HOUR = promotionCode("LOST-HOUR");

    /** A 50 % promotion on the knee MRI over a local window, at Berlin's "mitte" and Moscow's "central". */
    static CatalogSnapshot berlinWithPromotion(String from, String to) {
        return catalog().branch("mitte", BERLIN, EUR).branch("central", MOSCOW, EUR)
                .simple("MRI-KNEE", "imaging")
                .price("MRI-KNEE", null, eur("500.00"), CatalogFixture.LONG_AGO, null)
                .promotion(promotion("LOST-HOUR").services("MRI-KNEE").percent("50").locally(from, to))
                .build();
    }

    @Test
    void a_local_window_lying_wholly_inside_the_spring_dst_gap_never_applies_there() {
        // 02:10 to 02:50 on 29 March does not exist in Berlin: the clock jumps from 02:00 CET to 03:00 CEST
        CatalogSnapshot snapshot = berlinWithPromotion("2026-03-29T02:10", "2026-03-29T02:50");
        Instant before = Instant.parse("2026-03-29T00:30:00Z");

        for (String cest : List.of("03:00", "03:20", "03:50", "03:55")) {
            Instant at = OffsetDateTime.parse("2026-03-29T" + cest + "+02:00").toInstant();
            PriceAnswer.Line line = kneeMri(snapshot, "mitte", at);
            assertEquals(List.of(), applied(line), cest + " CEST");
            assertEquals(eur("500.00"), line.unitPrice(), cest + " CEST");
        }
        assertEquals(List.of(), applied(kneeMri(snapshot, "mitte", before)));
        assertEquals(Optional.empty(), PricingEngine.price(snapshot, request("mitte", before, "MRI-KNEE")).validUntil());
        // Moscow has no gap that night: 02:20 MSK is in the window there
        Instant moscow = OffsetDateTime.parse("2026-03-29T02:20+03:00").toInstant();
        assertEquals(eur("250.00"), kneeMri(snapshot, "central", moscow).unitPrice());
    }

    @Test
    void a_local_window_lying_wholly_inside_the_autumn_repeated_hour_applies_the_first_time_round_only() {
        // 02:00 to 03:00 on 25 October happens twice in Berlin: first at +02:00 (00:00Z to 01:00Z), then at +01:00
        CatalogSnapshot snapshot = berlinWithPromotion("2026-10-25T02:10", "2026-10-25T02:50");
        Instant firstRound = OffsetDateTime.parse("2026-10-25T02:20+02:00").toInstant();
        Instant secondRound = OffsetDateTime.parse("2026-10-25T02:20+01:00").toInstant();

        assertEquals(eur("250.00"), kneeMri(snapshot, "mitte", firstRound).unitPrice());
        assertEquals(Optional.of(OffsetDateTime.parse("2026-10-25T02:50+02:00").toInstant()),
                PricingEngine.price(snapshot, request("mitte", firstRound, "MRI-KNEE")).validUntil());
        assertEquals(eur("500.00"), kneeMri(snapshot, "mitte", secondRound).unitPrice());
        assertEquals(eur("500.00"), kneeMri(snapshot, "mitte",
                OffsetDateTime.parse("2026-10-25T02:50+02:00").toInstant()).unitPrice());
    }

    @Test
    void a_local_window_lying_in_the_spring_dst_gap_does_not_exist_in_that_zone_but_does_elsewhere() {
        PromotionWindow.Local lostHour = new PromotionWindow.Local(LocalDateTime.parse("2026-03-29T02:00"),
                LocalDateTime.parse("2026-03-29T03:00"));

        assertEquals(Optional.empty(), lostHour.in(BERLIN));
        assertEquals(Optional.of(new TimeWindow(Instant.parse("2026-03-28T23:00:00Z"),
                Instant.parse("2026-03-29T00:00:00Z"))), lostHour.in(MOSCOW));
    }

    static final Instant CHANGE = Instant.parse("2026-12-01T00:00:00Z");

    /** The knee MRI's network price rises from 5000.00 to 5200.00 at {@link #CHANGE}. */
    static CatalogSnapshot kneeMriRisingAtTheChange() {
        return catalog().branch("central", MOSCOW).simple("MRI-KNEE", "imaging")
                .price("MRI-KNEE", null, "5000.00", CatalogFixture.LONG_AGO, CHANGE)
                .price("MRI-KNEE", null, "5200.00", CHANGE, null)
                .build();
    }

    @Test
    void a_new_price_applies_from_its_first_instant() {
        CatalogSnapshot snapshot = kneeMriRisingAtTheChange();
        assertEquals(rub("5200.00"), kneeMri(snapshot, "central", CHANGE).listPrice());
        assertEquals(rub("5000.00"), kneeMri(snapshot, "central", CHANGE.minusNanos(1_000)).listPrice());
    }

    @Test
    void a_branch_price_ending_exactly_at_the_moment_gives_way_to_the_network_price() {
        CatalogSnapshot snapshot = catalog().branch("central", MOSCOW).simple("MRI-KNEE", "imaging")
                .price("MRI-KNEE", "5000.00")
                .price("MRI-KNEE", "central", "4000.00", CatalogFixture.LONG_AGO, CHANGE)
                .build();

        assertEquals(rub("5000.00"), kneeMri(snapshot, "central", CHANGE).listPrice());
        assertEquals(rub("4000.00"), kneeMri(snapshot, "central", CHANGE.minusSeconds(1)).listPrice());
    }

    @Test
    void an_answer_just_before_a_price_change_is_valid_until_the_change() {
        CatalogSnapshot snapshot = kneeMriRisingAtTheChange();
        assertEquals(Optional.of(CHANGE), PricingEngine.price(snapshot,
                request("central", CHANGE.minusSeconds(1), "MRI-KNEE")).validUntil());
        assertEquals(Optional.empty(), PricingEngine.price(snapshot,
                request("central", CHANGE, "MRI-KNEE")).validUntil());
    }
}
