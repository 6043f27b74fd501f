package com.oneprice.pricing.engine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** When a promotion runs: absolute instants, or local date-times read in each branch's own zone. */
public sealed interface PromotionWindow {

    /** The instants this window covers in {@code zone}; empty when none of it exists there (see {@link Local}). */
    Optional<TimeWindow> in(ZoneId zone);

    record Absolute(TimeWindow window) implements PromotionWindow {
        public Absolute {
            Objects.requireNonNull(window, "window");
        }

        @Override
        public Optional<TimeWindow> in(ZoneId zone) {
            return Optional.of(window);
        }
    }

    /**
     * "Until 30 November inclusive" is {@code to = 1 December 00:00} in every branch's zone. A local time that falls
     * in a DST gap moves forward by the gap; one that occurs twice takes the earlier offset (java.time's rule).
     * So a window lying in a gap, or starting in one and ending less than a gap's length after it, does not exist in
     * that zone: it never applies there, while it still does in branches whose zones have no such gap.
     */
    record Local(LocalDateTime from, LocalDateTime to) implements PromotionWindow {
        public Local {
            Objects.requireNonNull(from, "from");
            if (to != null && !to.isAfter(from)) {
                throw new IllegalArgumentException("a window must end after it starts");
            }
        }

        @Override
        public Optional<TimeWindow> in(ZoneId zone) {
            Instant start = from.atZone(zone).toInstant();
            if (to == null) {
                return Optional.of(TimeWindow.from(start));
            }
            Instant end = to.atZone(zone).toInstant();
            return end.isAfter(start) ? Optional.of(new TimeWindow(start, end)) : Optional.empty();
        }
    }
}
