package com.oneprice.words;

import com.oneprice.pricing.engine.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** An instant is said as a moment, or as the end of a window (the last minute before it). */
    enum Said { MOMENT, END }

    /**
     * One row a sentence: the rule it shows, the language and zone, whether the instant is said as a moment or as
     * the end of a window, the instant, and what is said.
     */
    @ParameterizedTest(name = "{0}: {1} in {2}, {3} {4} is \"{5}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a moment is written in the branch's zone named by its city  | RU | Europe/Moscow      | MOMENT | 2027-11-30T20:59:00Z | 30 ноября, 23:59 (Москва)
            a moment is written in the branch's zone named by its city  | EN | Europe/Moscow      | MOMENT | 2027-11-30T20:59:00Z | 30 November, 23:59 (Moscow time)
            a moment is written in the branch's zone named by its city  | RU | Asia/Yekaterinburg | MOMENT | 2027-11-30T20:59:00Z | 1 декабря, 01:59 (Екатеринбург)
            an end at local midnight is said as the last minute of the day before | RU | Europe/Moscow | END    | 2027-11-30T21:00:00Z | 30 ноября, 23:59 (Москва)
            an end at local midnight is said as the last minute of the day before | EN | Europe/Moscow | END    | 2027-11-30T21:00:00Z | 30 November, 23:59 (Moscow time)
            an end at local midnight is said as the last minute of the day before | RU | Europe/Moscow | MOMENT | 2027-11-30T21:00:00Z | 1 декабря, 00:00 (Москва)
            an end one minute after local midnight is said as it is     | RU | Europe/Moscow      | END    | 2027-11-30T21:01:00Z | 1 декабря, 00:01 (Москва)
            midnight in UTC is not midnight in Moscow                   | EN | Europe/Moscow      | END    | 2027-12-01T00:00:00Z | 1 December, 03:00 (Moscow time)
            across the spring DST change in Berlin the clock jumps from two to three | EN | Europe/Berlin | MOMENT | 2027-03-28T00:59:00Z | 28 March, 01:59 (Berlin time)
            across the spring DST change in Berlin the clock jumps from two to three | EN | Europe/Berlin | MOMENT | 2027-03-28T01:00:00Z | 28 March, 03:00 (Berlin time)
            across the spring DST change in Berlin the clock jumps from two to three | RU | Europe/Berlin | MOMENT | 2027-03-28T01:00:00Z | 28 марта, 03:00 (Берлин)
            across the autumn DST change in Berlin the hour from two to three comes twice | EN | Europe/Berlin | MOMENT | 2027-10-31T00:30:00Z | 31 October, 02:30 (Berlin time)
            across the autumn DST change in Berlin the hour from two to three comes twice | EN | Europe/Berlin | MOMENT | 2027-10-31T01:30:00Z | 31 October, 02:30 (Berlin time)
            local midnight after a DST change is still the end of the day before | EN | Europe/Berlin | END    | 2027-03-28T22:00:00Z | 28 March, 23:59 (Berlin time)
            local midnight after a DST change is still the end of the day before | EN | Europe/Berlin | END    | 2027-03-27T23:59:00Z | 28 March, 00:59 (Berlin time)
            a zone without a city name is named by its offset at that moment | EN | Europe/Paris | MOMENT | 2027-03-28T00:59:00Z | 28 March, 01:59 (UTC+01:00)
            a zone without a city name is named by its offset at that moment | EN | Europe/Paris | MOMENT | 2027-03-28T01:00:00Z | 28 March, 03:00 (UTC+02:00)
            a zone without a city name is named by its offset at that moment | RU | UTC           | MOMENT | 2027-01-15T09:00:00Z | 15 января, 09:00 (UTC)
            """)
    void a_moment_or_an_end_is_said_in_the_branchs_zone(String rule, Language language, ZoneId zone, Said said,
                                                       Instant instant, String expected) {
        Words words = new Words(language, zone, IN_2027);
        assertEquals(expected, said == Said.END ? words.end(instant) : words.moment(instant), rule);
    }

    @Test
    void the_new_years_midnight_ends_the_old_year_which_is_then_written() {
        Instant newYear = Instant.parse("2027-12-31T21:00:00Z");
        assertEquals("31 December, 23:59 (Moscow time)", new Words(Language.EN, MOSCOW, newYear.minusSeconds(60))
                .end(newYear));
        assertEquals("31 декабря 2027, 23:59 (Москва)", new Words(Language.RU, MOSCOW,
                Instant.parse("2028-01-01T09:00:00Z")).end(newYear));
    }
}
