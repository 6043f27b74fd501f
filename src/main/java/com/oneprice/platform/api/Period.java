package com.oneprice.platform.api;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.words.Text;

import java.time.Duration;
import java.time.Instant;

/** The half-open period {@code [from, to)} a listing or report covers; either end may be open (null). */
public record Period(Instant from, Instant to) {

    /** From the query parameters {@code from} and {@code to}; 400 naming {@code to} when it is not after from. */
    public static Period parse(String from, String to, Instant defaultFrom, Instant defaultTo) {
        Instant start = Params.instant("from", from, defaultFrom);
        Instant end = Params.instant("to", to, defaultTo);
        if (start != null && end != null && !end.isAfter(start)) {
            throw ApiException.invalidField("to", Text.of("field.after-from"));
        }
        return new Period(start, end);
    }

    /** This period, or when it has no start, the {@code length} before its end. */
    public Period orLast(Duration length) {
        return from != null ? this : new Period(to.minus(length), to);
    }
}
