package com.oneprice.words;

import com.oneprice.platform.boot.PricingConfig;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The language of an answer: the caller's {@code Accept-Language}, else {@code pricing.messages.default-language}.
 * Static, because refusals made before a resource runs (platform.http) choose it too.
 */
public final class Languages {

    private Languages() {
    }

    public static Language of(String acceptLanguage) {
        return AcceptLanguage.choose(acceptLanguage, defaultLanguage());
    }

    static Language defaultLanguage() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(PricingConfig.class)
                .messages().defaultLanguage();
    }
}
