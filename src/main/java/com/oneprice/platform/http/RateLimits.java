package com.oneprice.platform.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.problems.ProblemType;
import com.oneprice.words.Text;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rate limits per caller, as token buckets (Bucket4j): a caller with a token by its subject, under the most generous
 * limit among its roles ({@code pricing.http.rate-limit.roles.*}); a caller without one by its client address
 * ({@code pricing.http.rate-limit.anonymous}). A bucket holds {@code requests} and refills them evenly over
 * {@code per}. Every answer says where the caller stands ({@code RateLimit-Policy} and {@code RateLimit}, as the
 * IETF httpapi draft defines them); a request with an empty bucket is refused with 429 problem+json and
 * {@code Retry-After}. The buckets live in each instance: behind a load balancer over N instances a caller can make
 * up to N times the limit. What is under {@code /q/} on this port (the contract) is not counted.
 */
@ApplicationScoped
class RateLimits {

    static final String POLICY_HEADER = "RateLimit-Policy";
    static final String STATE_HEADER = "RateLimit";
    private static final String ANONYMOUS = "anonymous";
    private static final long NANOS = TimeUnit.SECONDS.toNanos(1);

    private record Policy(String name, HttpConfig.Limit limit) {
        double perSecond() {
            return limit.requests() * (double) NANOS / limit.per().toNanos();
        }
    }

    @Inject
    HttpConfig config;

    private Cache<String, Bucket> buckets;

    void install(@Observes Router router) {
        HttpConfig.RateLimit limits = config.rateLimit();
        if (!limits.enabled()) {
            return;
        }
        // an idle bucket is full again after its period: forgetting it then changes nothing
        Duration longest = limits.roles().values().stream().map(HttpConfig.Limit::per)
                .max(Comparator.naturalOrder()).filter(p -> p.compareTo(limits.anonymous().per()) > 0)
                .orElse(limits.anonymous().per());
        buckets = Caffeine.newBuilder().maximumSize(limits.maxCallers()).expireAfterAccess(longest).build();
        router.route().order(EdgeOrder.RATE_LIMITS).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (context.normalizedPath().startsWith("/q/")) {
            context.next();
            return;
        }
        SecurityIdentity identity = AnonymousWrites.identity(context);
        Policy policy = policy(identity);
        String caller = identity == null ? "address " + context.request().remoteAddress().hostAddress()
                : "subject " + subject(identity);
        Bucket bucket = buckets.get(policy.name() + " " + caller, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(policy.limit().requests())
                        .refillGreedy(policy.limit().requests(), policy.limit().per()).build())
                .withNanosecondPrecision().build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        MultiMap headers = context.response().headers();
        headers.set(POLICY_HEADER, "\"%s\";q=%d;w=%d".formatted(policy.name(), policy.limit().requests(),
                policy.limit().per().toSeconds()));
        long missing = policy.limit().requests() - probe.getRemainingTokens();
        long untilFull = seconds((long) Math.ceil(missing * policy.limit().per().toNanos()
                / (double) policy.limit().requests()));
        headers.set(STATE_HEADER, "\"%s\";r=%d;t=%d".formatted(policy.name(), probe.getRemainingTokens(), untilFull));
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        EdgeAnswers.refuse(context.request(), new ApiException(ProblemType.RATE_LIMITED,
                Text.of("problem.rate-limited.detail", policy.limit().requests(), policy.limit().per().toSeconds(),
                        policy.name(), retryAfter), List.of()),
                EdgeAnswers.instance(context.request()));
    }

    private Policy policy(SecurityIdentity identity) {
        Policy anonymous = new Policy(ANONYMOUS, config.rateLimit().anonymous());
        if (identity == null) {
            return anonymous;
        }
        return config.rateLimit().roles().entrySet().stream().filter(e -> identity.hasRole(e.getKey()))
                .map(e -> new Policy(e.getKey(), e.getValue()))
                .max(Comparator.comparingDouble(Policy::perSecond)).orElse(anonymous);
    }

    private static String subject(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : identity.getPrincipal().getName();
    }

    private static long seconds(long nanos) {
        return (nanos + NANOS - 1) / NANOS;
    }
}
