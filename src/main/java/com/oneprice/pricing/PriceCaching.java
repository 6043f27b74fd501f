package com.oneprice.pricing;

import com.oneprice.platform.api.ETags;
import com.oneprice.platform.boot.PricingConfig;
import com.oneprice.platform.http.HttpConfig;
import com.oneprice.words.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * HTTP caching of price answers that never lies. An answer follows from the catalog version and the request; a
 * request without {@code at} asks for now, and its answer then holds until its {@code validUntil} (that is what
 * validUntil means). So the ETag digests the catalog version, the request as the engine read it (with "now" for a
 * missing {@code at}) and validUntil: a tag a client holds matches only while the service would still give the
 * answer it stands for. The answer's sentences follow from the language chosen by {@code Accept-Language}: the tag
 * names it too, and the answer varies by that header. An answer with alternatives also follows from other branches'
 * prices and a horizon that moves with now: its caller puts them in the request and passes, as validUntil, the
 * earlier of it and until when they hold. It is weak, because the body's {@code at} (when it was asked) differs
 * between equal answers.
 * {@code Cache-Control} lets an answer be reused for at most {@code pricing.http.cache.max-age} and never past
 * validUntil; it is private unless public read is on, since a shared cache must not hand an answer that needed a
 * token to a caller without one.
 */
@ApplicationScoped
class PriceCaching {

    @Inject
    Clock clock;

    @Inject
    HttpConfig http;

    @Inject
    PricingConfig config;

    /** The answer, or 304 when {@code ifNoneMatch} names it; {@code request} identifies what was asked. */
    Response answer(Object body, long catalogVersion, String request, Language language, Instant validUntil,
                    String ifNoneMatch) {
        EntityTag tag = new EntityTag(catalogVersion + "-" + digest(request + " in " + language.tag() + " until "
                + validUntil), true);
        String cacheControl = (config.publicRead() ? "" : "private, ") + "max-age=" + maxAge(validUntil).toSeconds();
        Response.ResponseBuilder response = ETags.unchanged(ifNoneMatch, tag) ? Response.notModified(tag)
                : Response.ok(body).tag(tag);
        return response.header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY,
                HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    private Duration maxAge(Instant validUntil) {
        Duration bound = http.cache().maxAge();
        if (validUntil == null) {
            return bound;
        }
        Duration left = Duration.between(clock.instant(), validUntil);
        return left.isNegative() ? Duration.ZERO : left.compareTo(bound) < 0 ? left : bound;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
