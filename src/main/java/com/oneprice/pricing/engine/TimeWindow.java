package com.oneprice.pricing.engine;

import java.time.Instant;
import java.util.Objects;

/** A half-open window {@code [from, to)}; {@code to == null} is open-ended. */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        Objects.requireNonNull(from, "a window needs a start");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("a window must end after it starts: [" + from + ", " + to + ")");
        }
    }

    public static TimeWindow from(Instant from) {
        return new TimeWindow(from, null);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && (to == null || instant.isBefore(to));
    }

    public boolean overlaps(TimeWindow other) {
        return (other.to == null || from.isBefore(other.to)) && (to == null || other.from.isBefore(to));
    }
}
