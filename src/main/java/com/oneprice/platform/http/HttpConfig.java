package com.oneprice.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The service's settings for the HTTP edge ({@code pricing.http.*}); the README's Configuration table lists them. */
@ConfigMapping(prefix = "pricing.http")
public interface HttpConfig {

    Compression compression();

    Cache cache();

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
}
