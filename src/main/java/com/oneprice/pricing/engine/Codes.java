package com.oneprice.pricing.engine;

import java.util.regex.Pattern;

/**
 * The shape every code in the catalog shares, a slug of letters, digits, '-' and '_', and the shape of a sales
 * channel. The API's validation annotations, its contract and the engine's value types all use these two patterns;
 * PostgreSQL's {@code slug} domain (V1__catalog.sql) is the same code pattern, anchored.
 */
public final class Codes {

    /** A catalog code (branch, service, promotion): at most 64 characters. */
    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
    /** A sales channel in UPPER_SNAKE_CASE, e.g. PHONE: at most 40 characters. */
    public static final String CHANNEL_PATTERN = "[A-Z][A-Z0-9_]{0,39}";

    private static final Pattern SLUG = Pattern.compile(CODE_PATTERN);
    private static final Pattern CHANNEL = Pattern.compile(CHANNEL_PATTERN);

    private Codes() {
    }

    static String slug(MalformedCode.Kind kind, String value) {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new MalformedCode(kind, value);
        }
        return value;
    }

    /** Whether a value is a channel's name; the API refuses it with a message of its own. */
    public static boolean isChannel(String value) {
        return value != null && CHANNEL.matcher(value).matches();
    }

    static String channel(String value) {
        if (!isChannel(value)) {
            throw new MalformedCode(MalformedCode.Kind.CHANNEL, value);
        }
        return value;
    }
}
