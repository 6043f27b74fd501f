package com.oneprice.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's settings for the HTTP edge ({@code pricing.http.*}); the README's Configuration table lists them. */
@ConfigMapping(prefix = "pricing.http")
public interface HttpConfig {

    Compression compression();

    interface Compression {
        /** Answers smaller than this go uncompressed: compressing them costs more than it saves. */
        @WithDefault("1K")
        MemorySize minSize();
    }
}
