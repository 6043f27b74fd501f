package com.oneprice.pricing;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.boot.PricingConfig;
import com.oneprice.platform.problems.ProblemType;
import com.oneprice.words.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * How old the catalog snapshot is: the time since the database last confirmed that it holds no newer catalog (the
 * catalog listener asks every second, and every rebuild confirms too). While the database is away, prices and verify
 * keep answering from the snapshot and say its age ({@value #HEADER}); past {@code pricing.snapshot.max-staleness}
 * they answer 503 rather than a price that may have changed since. Measured on the monotonic clock: this is elapsed
 * time, not business time.
 */
@ApplicationScoped
public class CatalogFreshness {

    /** Seconds since the database last confirmed the catalog current, on every answer computed from the snapshot. */
    public static final String HEADER = "Catalog-Age";

    @Inject
    PricingConfig config;

    private volatile long confirmedAt = System.nanoTime();

    /** The database holds no newer catalog than the snapshot. */
    public void confirmed() {
        confirmedAt = System.nanoTime();
    }

    public Duration age() {
        return Duration.ofNanos(System.nanoTime() - confirmedAt);
    }

    /** A 503 when the snapshot is older than the configured bound. */
    public void requireFresh() {
        Duration age = age();
        Duration bound = config.snapshot().maxStaleness();
        if (age.compareTo(bound) > 0) {
            throw ApiException.unavailable(ProblemType.DATABASE_UNAVAILABLE,
                    Text.of("problem.catalog-unconfirmed", age.toSeconds(), bound.toSeconds()));
        }
    }
}
