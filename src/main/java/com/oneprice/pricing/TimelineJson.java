package com.oneprice.pricing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.oneprice.platform.api.MoneyJson;
import com.oneprice.pricing.engine.Change;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceTimeline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "PriceTimeline", description = "The price of one unit of a service at a branch over `[from, to)`, "
        + "as segments of constant price in time order, each saying why it starts. A change in the catalog that "
        + "leaves the price and the promotions applied as they were (a promotion that does not beat the one "
        + "applied, or one for another channel) is no boundary. Segments are clipped to the period. At most "
        + PriceTimeline.MAX_SEGMENTS + " segments: past them `truncated` is true and `to` is where the timeline "
        + "stops.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineJson(
        @Schema(example = "north") String branch,
        @Schema(example = "MRI-KNEE") String service,
        @Schema(example = "PHONE") String channel,
        @Schema(example = "2026-11-27T07:00:00Z") Instant from,
        @Schema(example = "2026-12-27T07:00:00Z") Instant to,
        @Schema(example = "42") long catalogVersion,
        @Schema(example = "false") boolean truncated,
        List<SegmentJson> segments) {

    @Schema(name = "PriceSegment", description = "A stretch of constant price. Where the service is not sold (no "
            + "price entry in force) `sold` is false and the prices are absent. `changes` say what happened at "
            + "`from`; the first segment's are empty, as it starts with the period.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SegmentJson(
            @Schema(example = "2026-12-06T21:00:00Z") Instant from,
            @Schema(example = "2026-12-13T21:00:00Z") Instant to,
            @Schema(example = "true") boolean sold,
            MoneyJson listPrice,
            MoneyJson price,
            List<PriceAnswerJson.AppliedPromotionJson> promotions,
            List<ChangeJson> changes) {
    }

    @Schema(name = "PriceChange", description = "Why a segment starts. PRICE_CHANGES: a price entry of `service` "
            + "(the service itself or a bundle's component) starts or ends, e.g. a scheduled price; "
            + "COMPOSITION_CHANGES: the composition of bundle `service` changes; PROMOTION_ENDS, PROMOTION_STARTS: "
            + "`promotion` ends or starts.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeJson(
            @Schema(enumeration = {"PRICE_CHANGES", "COMPOSITION_CHANGES", "PROMOTION_ENDS", "PROMOTION_STARTS"},
                    example = "PROMOTION_STARTS") String type,
            @Schema(example = "MRI-KNEE") String service,
            @Schema(example = "NORTH-MRI-DAYS") String promotion) {
    }

    static TimelineJson of(PriceTimeline timeline) {
        return new TimelineJson(timeline.branch().value(), timeline.service().value(),
                timeline.channel() == null ? null : timeline.channel().value(), timeline.from(), timeline.to(),
                timeline.catalogVersion(), timeline.truncated(),
                timeline.segments().stream().map(TimelineJson::segment).toList());
    }

    private static SegmentJson segment(PriceTimeline.Segment segment) {
        PriceAnswer.Line line = segment.line().orElse(null);
        return new SegmentJson(segment.from(), segment.to(), line != null,
                line == null ? null : Pricing.json(line.listPrice()), line == null ? null : Pricing.json(line.unitPrice()),
                line == null ? List.of() : Pricing.json(line).promotions(),
                segment.changes().stream().map(TimelineJson::change).toList());
    }

    private static ChangeJson change(Change change) {
        return new ChangeJson(change.type().name(), change.service() == null ? null : change.service().value(),
                change.promotion() == null ? null : change.promotion().value());
    }
}
