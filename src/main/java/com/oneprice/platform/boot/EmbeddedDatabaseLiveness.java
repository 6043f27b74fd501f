package com.oneprice.platform.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import java.time.Duration;
import java.util.Optional;

/**
 * Liveness DOWN once the embedded PostgreSQL has stayed down for longer than
 * {@code pricing.embedded-database.max-downtime} although the service keeps starting it again: then only a restart of
 * the whole service can help, and an orchestrator does that on a failed liveness probe. With an external database
 * this check is always UP: the service is alive and waits for its database (readiness is DOWN meanwhile).
 */
@Liveness
@ApplicationScoped
public class EmbeddedDatabaseLiveness implements HealthCheck {

    @Inject
    PricingConfig config;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("Embedded PostgreSQL supervision");
        Optional<EmbeddedDatabase> embedded = EmbeddedDatabase.supervised();
        if (embedded.isEmpty()) {
            return answer.up().withData("embedded", false).build();
        }
        Duration down = embedded.get().downFor();
        answer.withData("embedded", true).withData("restarts", embedded.get().restarts())
                .withData("downSeconds", down.toSeconds());
        return down.compareTo(config.embeddedDatabase().maxDowntime()) > 0 ? answer.down().build() : answer.up().build();
    }
}
