package com.oneprice.pricing.engine;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/** When a promotion runs: absolute instants, or local date-times read in each branch's own zone. */
public sealed interface PromotionWindow {

    TimeWindow in(ZoneId zone);

    record Absolute(TimeWindow window) implements PromotionWindow {
        public Absolute {
            Objects.requireNonNull(window, "window");
        }

        @Override
        public TimeWindow in(ZoneId zone) {
            return window;
        }
    }

    /**
     * "Until 30 November inclusive" is {@code to = 1 December 00:00} in every branch's zone. A local time that falls
     * in a DST gap moves forward by the gap; one that occurs twice takes the earlier offset (java.time's rule).
     */
    record Local(LocalDateTime from, LocalDateTime to) implements PromotionWindow {
        public Local {
            Objects.requireNonNull(from, "from");
            if (to != null && !to.isAfter(from)) {
                throw new IllegalArgumentException("a window must end after it starts");
            }
        }

        @Override
        public TimeWindow in(ZoneId zone) {
            return new TimeWindow(from.atZone(zone).toInstant(), to == null ? null : to.atZone(zone).toInstant());
        }
    }
}
