package com.oneprice.pricing.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The authoritative price: lines, their total, and until when it holds. */
public record PriceAnswer(BranchCode branch, Instant at, Channel channel, long catalogVersion, List<Line> lines,
                          Money total, Optional<Instant> validUntil) {

    public PriceAnswer {
        lines = List.copyOf(lines);
    }

    /**
     * @param listPrice the unit price before promotions
     * @param unitPrice the unit price after promotions
     * @param lineTotal unitPrice × quantity
     * @param promotions what each applied promotion took off the whole line
     */
    public record Line(ServiceCode service, int quantity, Money listPrice, Money unitPrice, Money lineTotal,
                       List<AppliedPromotion> promotions, List<ComponentLine> components) {
        public Line {
            promotions = List.copyOf(promotions);
            components = List.copyOf(components);
        }
    }

    public record AppliedPromotion(PromotionCode code, Money discount) {
    }

    /** A bundle component at list price; {@code total} = unitPrice × quantity. */
    public record ComponentLine(ServiceCode service, int quantity, Money unitPrice, Money total,
                                List<ComponentLine> components) {
        public ComponentLine {
            components = List.copyOf(components);
        }
    }
}
