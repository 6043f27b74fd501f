package com.oneprice.quotes;

import com.oneprice.platform.boot.PricingConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Forgets Idempotency-Keys once they are older than the retention (never less than 24 hours), every hour. */
@ApplicationScoped
public class IdempotencyKeys {

    static final Duration MINIMUM_RETENTION = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    @Inject
    EntityManager em;
    @Inject
    PricingConfig config;
    @Inject
    Clock clock;

    private ScheduledExecutorService schedule;

    void onStart(@Observes StartupEvent start) {
        schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "idempotency-key-purge");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::purgeQuietly, 1, 60, TimeUnit.MINUTES);
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }

    public Duration retention() {
        Duration configured = config.quotes().idempotencyRetention();
        return configured.compareTo(MINIMUM_RETENTION) < 0 ? MINIMUM_RETENTION : configured;
    }

    /** Deletes the keys created before now − retention; answers how many. */
    @Transactional
    public int purge() {
        return em.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, clock.instant().minus(retention())).executeUpdate();
    }

    private void purgeQuietly() {
        try {
            int purged = purge();
            if (purged > 0) {
                LOG.infof("forgot %d idempotency keys older than %s", purged, retention());
            }
        } catch (RuntimeException e) {
            LOG.warn("could not purge idempotency keys; will retry", e);
        }
    }
}
