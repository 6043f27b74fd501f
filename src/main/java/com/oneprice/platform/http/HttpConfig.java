package com.oneprice.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service's settings for the HTTP edge ({@code pricing.http.*}); the README's Configuration table lists them. */
@ConfigMapping(prefix = "pricing.http")
public interface HttpConfig {

    Cors cors();

    Compression compression();

    Cache cache();

    RateLimit rateLimit();

    interface Cors {
        /** Origins allowed to call from a browser, e.g. {@code https://clinic.example}; none by default. */
        Optional<List<String>> origins();

        /** How long a browser may reuse a preflight's answer (Chromium caps it at 2 hours). */
        @WithDefault("PT2H")
        Duration maxAge();

        /** Sends {@code Access-Control-Allow-Credentials: true}; bearer tokens need no credentials, so off. */
        @WithDefault("false")
        boolean allowCredentials();
    }

    interface Compression {
        /** Answers smaller than this go uncompressed: compressing them costs more than it saves. */
        @WithDefault("1K")
        MemorySize minSize();
    }

    interface Cache {
        /** The longest a client or cache may reuse a price answer without asking again (never past validUntil). */
        @WithDefault("PT1M")
        Duration maxAge();
    }

    interface RateLimit {
        /** Token buckets per caller; off, nothing is counted. */
        @WithDefault("true")
        boolean enabled();

        /** Callers without a token, one bucket per client address. */
        Limit anonymous();

        /** Per role, one bucket per token subject; a caller with several roles gets the most generous one. */
        Map<String, Limit> roles();

        /** Callers remembered at once; beyond that the least recently seen are forgotten (their buckets refill). */
        @WithDefault("100000")
        int maxCallers();
    }

    interface Limit {
        /** The bucket's size: this many requests at once, refilled evenly over {@link #per()}. */
        int requests();

        Duration per();
    }
}
