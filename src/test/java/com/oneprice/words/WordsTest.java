package com.oneprice.words;

import com.oneprice.pricing.engine.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Money and moments as people write them, in fixed instants only: no sentence here depends on today. */
class WordsTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant IN_2027 = Instant.parse("2027-01-15T09:00:00Z");
    static final String NBSP = "\u00A0";

    static Words ru(ZoneId zone) {
        return new Words(Language.RU, zone, IN_2027);
    }

    static Words en(ZoneId zone) {
        return new Words(Language.EN, zone, IN_2027);
    }

    @Test
    void russian_groups_thousands_with_a_no_break_space_and_puts_the_rouble_sign_after() {
        assertEquals("5" + NBSP + "000,00" + NBSP + "₽", ru(MOSCOW).money(Money.of("5000.00", "RUB")));
        assertEquals("1" + NBSP + "234" + NBSP + "567,80" + NBSP + "₽", ru(MOSCOW).money(Money.of("1234567.8", "RUB")));
        assertEquals("999,00" + NBSP + "₽", ru(MOSCOW).money(Money.of("999", "RUB")));
    }

    @Test
    void english_puts_the_currency_code_first_and_groups_with_commas() {
        assertEquals("RUB 5,000.00", en(MOSCOW).money(Money.of("5000.00", "RUB")));
        assertEquals("EUR 1,234,567.80", en(BERLIN).money(Money.of("1234567.8", "EUR")));
    }

    @Test
    void amounts_are_written_to_the_currencys_minor_unit_rounding_half_up() {
        assertEquals("RUB 10.01", en(MOSCOW).money(Money.of("10.005", "RUB")));
        assertEquals("RUB 10.00", en(MOSCOW).money(Money.of("10.0049", "RUB")));
        assertEquals("JPY 1,235", en(MOSCOW).money(Money.of("1234.5", "JPY")));
        assertEquals("-500,00" + NBSP + "₽", ru(MOSCOW).money(Money.of("-500", "RUB")));
    }

    @Test
    void a_moment_is_written_in_the_branchs_zone_named_by_its_city() {
        Instant instant = Instant.parse("2027-11-30T20:59:00Z");
        assertEquals("30 ноября, 23:59 (Москва)", ru(MOSCOW).moment(instant));
        assertEquals("30 November, 23:59 (Moscow time)", en(MOSCOW).moment(instant));
        assertEquals("1 декабря, 01:59 (Екатеринбург)", ru(ZoneId.of("Asia/Yekaterinburg")).moment(instant));
    }

    @Test
    void an_end_at_local_midnight_is_said_as_the_last_minute_of_the_day_before() {
        Instant midnight = Instant.parse("2027-11-30T21:00:00Z");
        assertEquals("30 ноября, 23:59 (Москва)", ru(MOSCOW).end(midnight));
        assertEquals("30 November, 23:59 (Moscow time)", en(MOSCOW).end(midnight));
        assertEquals("1 декабря, 00:00 (Москва)", ru(MOSCOW).moment(midnight));
    }

    @Test
    void an_end_one_minute_after_local_midnight_is_said_as_it_is() {
        assertEquals("1 декабря, 00:01 (Москва)", ru(MOSCOW).end(Instant.parse("2027-11-30T21:01:00Z")));
    }

    @Test
    void midnight_in_utc_is_not_midnight_in_moscow() {
        assertEquals("1 December, 03:00 (Moscow time)", en(MOSCOW).end(Instant.parse("2027-12-01T00:00:00Z")));
    }

    @Test
    void the_new_years_midnight_ends_the_old_year_which_is_then_written() {
        Instant newYear = Instant.parse("2027-12-31T21:00:00Z");
        assertEquals("31 December, 23:59 (Moscow time)", new Words(Language.EN, MOSCOW, newYear.minusSeconds(60))
                .end(newYear));
        assertEquals("31 декабря 2027, 23:59 (Москва)", new Words(Language.RU, MOSCOW,
                Instant.parse("2028-01-01T09:00:00Z")).end(newYear));
    }

    @Test
    void across_the_spring_dst_change_in_berlin_the_clock_jumps_from_two_to_three() {
        Instant before = Instant.parse("2027-03-28T00:59:00Z");
        Instant after = Instant.parse("2027-03-28T01:00:00Z");
        assertEquals("28 March, 01:59 (Berlin time)", en(BERLIN).moment(before));
        assertEquals("28 March, 03:00 (Berlin time)", en(BERLIN).moment(after));
        assertEquals("28 марта, 03:00 (Берлин)", ru(BERLIN).moment(after));
    }

    @Test
    void across_the_autumn_dst_change_in_berlin_the_hour_from_two_to_three_comes_twice() {
        assertEquals("31 October, 02:30 (Berlin time)", en(BERLIN).moment(Instant.parse("2027-10-31T00:30:00Z")));
        assertEquals("31 October, 02:30 (Berlin time)", en(BERLIN).moment(Instant.parse("2027-10-31T01:30:00Z")));
    }

    @Test
    void local_midnight_after_a_dst_change_is_still_the_end_of_the_day_before() {
        // 29 March 2027 00:00 in Berlin is 22:00 UTC, an hour earlier than before the change
        assertEquals("28 March, 23:59 (Berlin time)", en(BERLIN).end(Instant.parse("2027-03-28T22:00:00Z")));
        assertEquals("28 March, 00:59 (Berlin time)", en(BERLIN).end(Instant.parse("2027-03-27T23:59:00Z")));
    }

    @Test
    void a_zone_without_a_city_name_is_named_by_its_offset_at_that_moment() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertEquals("28 March, 01:59 (UTC+01:00)", en(paris).moment(Instant.parse("2027-03-28T00:59:00Z")));
        assertEquals("28 March, 03:00 (UTC+02:00)", en(paris).moment(Instant.parse("2027-03-28T01:00:00Z")));
        assertEquals("15 января, 09:00 (UTC)", ru(ZoneId.of("UTC")).moment(IN_2027));
    }
}
