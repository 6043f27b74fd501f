package com.oneprice.platform.security;

import com.oneprice.platform.boot.PricingConfig;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the tokens it has verified, by their SHA-256, until they expire (at most {@link #MAX_AGE_SECONDS}, so a
 * rotated key takes effect within that time): checking an RS256 signature costs more than pricing a request, and a
 * channel sends the same token many times. Only tokens that verified are remembered; a token is never stored, only
 * its hash. Bounded: at {@link #MAX_ENTRIES} the expired entries go, and if that is not enough, all of them.
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokens implements JWTParser {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_AGE_SECONDS = 300;

    private record Verified(JsonWebToken token, long until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    @Delegate
    @Any
    JWTParser parser;

    @Inject
    PricingConfig config;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (!config.tokenCache()) {
            return parser.parse(token);
        }
        long now = System.currentTimeMillis() / 1000;
        String key = sha256(token);
        Verified known = verified.get(key);
        if (known != null && now < known.until()) {
            return known.token();
        }
        JsonWebToken fresh = parser.parse(token);
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(v -> v.until() <= now);
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(key, new Verified(fresh, Math.min(fresh.getExpirationTime(), now + MAX_AGE_SECONDS)));
        return fresh;
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
