package com.oneprice.platform.api;

import com.oneprice.platform.problems.Excerpt;
import com.oneprice.words.Text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalQuery;

/**
 * The one span of time the API accepts, for every instant and local date-time it is given: the years 1900 to 9999,
 * from 1900-01-01T00:00:00Z up to, not including, 10000-01-01T00:00:00Z. Far beyond it the pricing engine's epoch
 * microseconds overflow (a catalog that cannot be loaded) and PostgreSQL's timestamps end; nothing a clinic prices
 * lies outside it, so a moment there is a typo. V7__instants_in_range.sql holds the database to the same span.
 */
public final class Moments {

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");
    private static final LocalDateTime EARLIEST_LOCAL = LocalDateTime.ofInstant(EARLIEST, ZoneOffset.UTC);
    private static final LocalDateTime END_LOCAL = LocalDateTime.ofInstant(END, ZoneOffset.UTC);

    /** The longest text a moment is given as: 9999-12-31T23:59:59.999999999+14:00 and then some. */
    public static final int MAX_LENGTH = 64;

    private Moments() {
    }

    /**
     * {@code text} as an ISO-8601 date-time with offset in the supported span, at UTC.
     *
     * @throws UnreadableValue with a sentence for the caller
     */
    public static OffsetDateTime withOffset(String text) {
        OffsetDateTime moment = parsed(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::from,
                "field.not-date-time-with-offset");
        Instant instant = moment.toInstant();
        if (instant.isBefore(EARLIEST) || !instant.isBefore(END)) {
            throw unreadable("field.outside-years-utc", text);
        }
        return moment.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * {@code text} as an ISO-8601 local date-time, without offset, in the supported span.
     *
     * @throws UnreadableValue with a sentence for the caller
     */
    public static LocalDateTime local(String text) {
        LocalDateTime moment = parsed(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from,
                "field.not-local-date-time");
        if (moment.isBefore(EARLIEST_LOCAL) || !moment.isBefore(END_LOCAL)) {
            throw unreadable("field.outside-years", text);
        }
        return moment;
    }

    /** {@code text} in {@code format}, or the caller's 400 worded by {@code malformed}. */
    private static <T> T parsed(String text, DateTimeFormatter format, TemporalQuery<T> query, String malformed) {
        try {
            return format.parse(text, query);
        } catch (DateTimeException e) {
            throw unreadable(malformed, text);
        }
    }

    private static UnreadableValue unreadable(String key, String text) {
        return new UnreadableValue(Text.of(key, Excerpt.quoted(text)));
    }
}
