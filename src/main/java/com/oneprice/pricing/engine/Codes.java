package com.oneprice.pricing.engine;

import java.util.regex.Pattern;

/** The shape every code in the catalog shares: a slug of letters, digits, '-' and '_'. */
final class Codes {

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern CHANNEL = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private Codes() {
    }

    static String slug(String what, String value) {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a slug of letters, digits, '-' and '_' (got "
                    + shown(value) + ")");
        }
        return value;
    }

    static String channel(String value) {
        if (value == null || !CHANNEL.matcher(value).matches()) {
            throw new IllegalArgumentException("channel must be UPPER_SNAKE_CASE, e.g. PHONE (got " + shown(value) + ")");
        }
        return value;
    }

    /** A refused value as a message may repeat it: cut short, so a huge one is not echoed back whole. */
    private static String shown(String value) {
        return value == null ? "nothing" : value.length() <= 64 ? "'" + value + "'"
                : "'" + value.substring(0, 64) + "…', " + value.length() + " characters";
    }
}
