package com.oneprice.pricing.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;

/**
 * The price history of one (service, branch-or-network), packed into parallel arrays sorted by start, so a large
 * catalog costs a few bytes per entry and a lookup is a binary search. Instants are kept as epoch microseconds
 * (PostgreSQL's precision); an open end is {@link Long#MAX_VALUE}.
 */
final class PriceSeries {

    static final long OPEN = Long.MAX_VALUE;

    private long[] from = new long[2];
    private long[] to = new long[2];
    private BigDecimal[] amount = new BigDecimal[2];
    private Currency[] currency = new Currency[2];
    private int size;

    /** A sealed series of {@code entries}, which must all be of one (service, branch-or-network). */
    static PriceSeries of(Collection<PriceEntry> entries, String what) {
        PriceSeries series = new PriceSeries();
        for (PriceEntry entry : entries) {
            series.add(entry.amount().amount(), entry.amount().currency(), entry.window().from(), entry.window().to());
        }
        return series.seal(what);
    }

    void add(BigDecimal price, Currency cur, Instant validFrom, Instant validTo) {
        if (size == from.length) {
            int capacity = size * 2;
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
            amount = Arrays.copyOf(amount, capacity);
            currency = Arrays.copyOf(currency, capacity);
        }
        from[size] = micros(validFrom);
        to[size] = validTo == null ? OPEN : micros(validTo);
        amount[size] = price;
        currency[size] = cur;
        size++;
    }

    /** Sorts by start and trims; called once when the snapshot is built. */
    PriceSeries seal(String what) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(from[a], from[b]));
        long[] f = new long[size];
        long[] t = new long[size];
        BigDecimal[] m = new BigDecimal[size];
        Currency[] c = new Currency[size];
        for (int i = 0; i < size; i++) {
            f[i] = from[order[i]];
            t[i] = to[order[i]];
            m[i] = amount[order[i]];
            c[i] = currency[order[i]];
            if (i > 0 && f[i] < t[i - 1]) {
                throw new IllegalArgumentException("price entries of " + what + " overlap");
            }
        }
        from = f;
        to = t;
        amount = m;
        currency = c;
        return this;
    }

    /** The index of the entry effective at {@code at}, or -1. */
    int indexAt(Instant at) {
        long t = micros(at);
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (from[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && t < to[found] ? found : -1;
    }

    Money money(int index) {
        return new Money(amount[index], currency[index]);
    }

    Instant start(int index) {
        return instant(from[index]);
    }

    /** Every start and end of this series, for "what changes when". */
    void boundaries(java.util.function.Consumer<Instant> sink) {
        for (int i = 0; i < size; i++) {
            sink.accept(instant(from[i]));
            if (to[i] != OPEN) {
                sink.accept(instant(to[i]));
            }
        }
    }

    /** Sealed series are equal when they hold the same entries; amounts compare with their scale, as stored. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PriceSeries other && size == other.size
                && Arrays.equals(from, 0, size, other.from, 0, size) && Arrays.equals(to, 0, size, other.to, 0, size)
                && Arrays.equals(amount, 0, size, other.amount, 0, size)
                && Arrays.equals(currency, 0, size, other.currency, 0, size);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(Arrays.copyOf(from, size));
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
