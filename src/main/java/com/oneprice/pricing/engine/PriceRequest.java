package com.oneprice.pricing.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What to price: items at a branch, at the moment the service will be provided, asked through a channel. */
public record PriceRequest(BranchCode branch, Instant at, Channel channel, List<Item> items) {

    public PriceRequest {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(at, "at");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a request needs at least one item");
        }
    }

    public PriceRequest at(Instant other) {
        return new PriceRequest(branch, other, channel, items);
    }

    public PriceRequest at(BranchCode other) {
        return new PriceRequest(other, at, channel, items);
    }

    public record Item(ServiceCode service, int quantity) {
        /** The most units of one service a request prices: far beyond any order, far below any overflow. */
        public static final int MAX_QUANTITY = 1_000_000;

        public Item {
            Objects.requireNonNull(service, "service");
            if (quantity <= 0 || quantity > MAX_QUANTITY) {
                throw new IllegalArgumentException("quantity must be between 1 and " + MAX_QUANTITY);
            }
        }
    }
}
