package com.oneprice.pricing.engine;

import java.time.Instant;
import java.util.Comparator;

/**
 * Something in the catalog that starts or ends at an instant and may change a price there: a price entry of the
 * service (or of a bundle's component) starts or ends, a promotion in scope starts or ends, or a bundle's composition
 * changes. {@code service} is set for prices and compositions, {@code promotion} for promotions.
 */
public record Change(Type type, ServiceCode service, PromotionCode promotion) {

    public enum Type { PRICE_CHANGES, COMPOSITION_CHANGES, PROMOTION_ENDS, PROMOTION_STARTS }

    /** Prices first, then compositions, promotions ending, promotions starting; then by code. */
    static final Comparator<Change> ORDER = Comparator.comparing(Change::type)
            .thenComparing(c -> c.service() == null ? "" : c.service().value())
            .thenComparing(c -> c.promotion() == null ? "" : c.promotion().value());

    /** Receives every change with its instant; instants may come more than once and in any order. */
    @FunctionalInterface
    interface Sink {
        void accept(Instant at, Change change);
    }
}
