package com.oneprice.pricing;

import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Fixtures.branch;
import static com.oneprice.testing.Fixtures.price;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The snapshot this instance keeps by following the change log is the catalog: after each write of a sequence of real
 * API writes of every kind (branches, services, bundles and their compositions, prices that close open ones, an
 * import, promotions; created, updated, archived, deleted), the current snapshot equals a fresh full load at the same
 * version, and no write made the instance reload the catalog whole.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SnapshotFollowsChangeLogTest {

    @Inject
    Snapshots snapshots;

    @Inject
    SnapshotLoader loader;

    @Inject
    MeterRegistry metrics;

    @Test
    void after_every_kind_of_catalog_write_the_snapshot_followed_equals_a_full_load() {
        String id = unique();
        String kept = "FL-" + id + "-KEPT";
        String gone = "FL-" + id + "-GONE";
        String simple = "FL-" + id + "-S";
        String other = "FL-" + id + "-O";
        String unused = "FL-" + id + "-U";
        String bundle = "FL-" + id + "-B";
        String promotion = "FL-" + id + "-P";
        Instant soon = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        double reloads = reloads();

        branch(kept, "Europe/Moscow", "RUB");
        assertFollowed("a branch created");
        branch(gone, "Asia/Yekaterinburg", "RUB");
        asAdmin().body("""
                {"name": "Kept, renamed", "timezone": "Asia/Yekaterinburg", "currency": "RUB", "active": true}
                """).put("/branches/" + kept).then().statusCode(200);
        assertFollowed("a branch updated");

        simpleService(simple);
        simpleService(other);
        simpleService(unused);
        assertFollowed("services created");
        price(simple, null, "700.00");
        price(simple, kept, "750.00");
        assertFollowed("network and branch prices");
        asAdmin().body("""
                {"service": "%s", "branch": "%s", "amount": {"amount": "780.00", "currency": "RUB"}, "validFrom": "%s"}
                """.formatted(simple, kept, soon)).post("/prices").then().statusCode(201);
        assertFollowed("a price that closes the open one");
        as(Tokens.admin()).contentType("text/csv").body("""
                service,branch,amount,currency,validFrom,validTo
                %1$s,,100.00,RUB,%3$s,
                %1$s,%2$s,110.00,RUB,%3$s,%4$s
                %5$s,,900.00,RUB,%4$s,
                """.formatted(other, kept, soon.minus(5, ChronoUnit.DAYS), soon, simple))
                .post("/prices/import").then().statusCode(200);
        assertFollowed("an import of prices for several histories");

        asAdmin().body("""
                {"code": "%s", "name": "Bundle", "category": "checkups", "kind": "BUNDLE",
                 "bundlePricing": {"mode": "SUM_MINUS_PERCENT", "percent": "10"},
                 "components": [{"service": "%s", "quantity": 1}, {"service": "%s", "quantity": 2}]}
                """.formatted(bundle, simple, other)).post("/services").then().statusCode(201);
        assertFollowed("a bundle created");
        asAdmin().body("""
                {"name": "Bundle, recomposed", "category": "checkups", "kind": "BUNDLE",
                 "bundlePricing": {"mode": "SUM"}, "components": [{"service": "%s", "quantity": 3}],
                 "compositionFrom": "%s"}
                """.formatted(simple, soon)).put("/services/" + bundle).then().statusCode(200);
        assertFollowed("a bundle's composition replaced");

        asAdmin().body(promotionBody(promotion, "10", kept, simple)).post("/promotions").then().statusCode(201);
        assertFollowed("a promotion created");
        asAdmin().body(promotionBody(promotion, "15", kept, other)).put("/promotions/" + promotion).then()
                .statusCode(200);
        assertFollowed("a promotion updated");
        asAdmin().delete("/promotions/" + promotion).then().statusCode(204);
        assertFollowed("a promotion archived");

        asAdmin().delete("/services/" + unused).then().statusCode(204);
        assertFollowed("a service nothing refers to deleted");
        asAdmin().delete("/services/" + other).then().statusCode(204);
        assertFollowed("a service with prices archived");
        asAdmin().delete("/branches/" + gone).then().statusCode(204);
        assertFollowed("a branch nothing refers to deleted");
        asAdmin().delete("/branches/" + kept).then().statusCode(204);
        assertFollowed("a branch with prices archived");

        assertEquals(reloads, reloads(), "the instance reloaded the catalog whole");
    }

    private void assertFollowed(String write) {
        CatalogSnapshot followed = snapshots.current();
        CatalogSnapshot loaded = loader.load();
        assertEquals(loaded.version(), followed.version(), "after " + write + ": the snapshot's version");
        assertEquals(loaded, followed, "after " + write);
    }

    private double reloads() {
        return metrics.get(Snapshots.UPDATES).tag("how", "reload").counter().count();
    }

    private static String promotionBody(String code, String percent, String branch, String service) {
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"code": "%s", "name": "Promotion %s", "discount": {"type": "PERCENT", "value": "%s"},
                 "window": {"startsAt": "%s", "endsAt": "%s"},
                 "scope": {"branches": ["%s"], "services": ["%s"], "categories": [], "channels": ["PHONE"]},
                 "priority": 1, "stackable": true}
                """.formatted(code, code, percent, start, start.plus(10, ChronoUnit.DAYS), branch, service);
    }
}
