package com.oneprice.pricing.engine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
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
     * "Until 30 November inclusive" is {@code to = 1 December 00:00} in every branch's zone. Each end is the first
     * instant at which the branch's clock reads that local time or later, so around a change of the clocks:
     * <ul>
     *   <li>a local time in a DST gap (02:30 when clocks jump from 02:00 to 03:00) does not exist; it resolves to the
     *       end of the gap (03:00). A window lying wholly in a gap does not exist in that zone and never applies
     *       there, while it does in branches whose zones have no such gap; one reaching past the gap applies from
     *       its end;</li>
     *   <li>a local time that occurs twice (02:30 when clocks fall back from 03:00 to 02:00) is its first
     *       occurrence, at the earlier offset, so a window lying wholly in the repeated hour applies only the first
     *       time round.</li>
     * </ul>
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
            Instant start = firstReading(from, zone);
            if (to == null) {
                return Optional.of(TimeWindow.from(start));
            }
            Instant end = firstReading(to, zone);
            return end.isAfter(start) ? Optional.of(new TimeWindow(start, end)) : Optional.empty();
        }

        /** The first instant at which a clock in {@code zone} reads {@code local} or later. */
        static Instant firstReading(LocalDateTime local, ZoneId zone) {
            ZoneOffsetTransition transition = zone.getRules().getTransition(local);
            if (transition != null && transition.isGap()) {
                return transition.getInstant();
            }
            // java.time takes the earlier offset of an overlap: the first time the clock reads it
            return local.atZone(zone).toInstant();
        }
    }
}
