package com.oneprice.pricing.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * When the price of one unit of a service at a branch changes over a period, and why: the period cut into segments
 * of constant price, each with its line (list price, price, promotions applied; empty where the service is not
 * sold) and the changes at its start. An instant where something in the catalog changes but the line does not (a
 * promotion that does not beat the one applied) is no boundary. Segments are clipped to the period; at most
 * {@link #MAX_SEGMENTS}, after which the timeline stops early and says so.
 *
 * @param to where the timeline ends: the period's end, or earlier when {@code truncated}
 */
public record PriceTimeline(BranchCode branch, ServiceCode service, Channel channel, Instant from, Instant to,
                            long catalogVersion, List<Segment> segments, boolean truncated) {

    public static final int MAX_SEGMENTS = 1000;

    public PriceTimeline {
        segments = List.copyOf(segments);
    }

    /** {@code changes} say why the segment starts; the first segment's are empty, it starts with the period. */
    public record Segment(Instant from, Instant to, Optional<PriceAnswer.Line> line, List<Change> changes) {
        public Segment {
            Objects.requireNonNull(line, "line");
            changes = List.copyOf(changes);
        }
    }

    /** The timeline over {@code [from, to)}. */
    public static PriceTimeline of(CatalogSnapshot snapshot, BranchCode branchCode, ServiceCode serviceCode,
                                   Channel channel, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a timeline must end after it starts");
        }
        Branch branch = PricingEngine.branch(snapshot, branchCode);
        Service service = PricingEngine.service(snapshot, 0, serviceCode);
        TreeMap<Instant, TreeSet<Change>> changes = new TreeMap<>();
        PricingEngine.changes(snapshot, service, branch, channel, true, 0, (at, change) -> {
            if (at.isAfter(from) && at.isBefore(to)) {
                changes.computeIfAbsent(at, k -> new TreeSet<>(Change.ORDER)).add(change);
            }
        });
        PriceRequest.Item unit = new PriceRequest.Item(serviceCode, 1);
        List<Segment> segments = new ArrayList<>();
        Instant start = from;
        Optional<PriceAnswer.Line> line = line(snapshot, branch, from, channel, unit);
        List<Change> why = List.of();
        for (var boundary : changes.entrySet()) {
            Optional<PriceAnswer.Line> next = line(snapshot, branch, boundary.getKey(), channel, unit);
            if (next.equals(line)) {
                continue;
            }
            segments.add(new Segment(start, boundary.getKey(), line, why));
            if (segments.size() == MAX_SEGMENTS) {
                return new PriceTimeline(branchCode, serviceCode, channel, from, boundary.getKey(),
                        snapshot.version(), segments, true);
            }
            start = boundary.getKey();
            line = next;
            why = List.copyOf(boundary.getValue());
        }
        segments.add(new Segment(start, to, line, why));
        return new PriceTimeline(branchCode, serviceCode, channel, from, to, snapshot.version(), segments, false);
    }

    private static Optional<PriceAnswer.Line> line(CatalogSnapshot snapshot, Branch branch, Instant at,
                                                   Channel channel, PriceRequest.Item unit) {
        try {
            return Optional.of(PricingEngine.line(snapshot, branch, at, channel, 0, unit, null));
        } catch (PricingException.NotSold notSoldThen) {
            return Optional.empty();
        }
    }
}
