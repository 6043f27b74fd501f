package com.oneprice.pricing.engine;

import java.util.regex.Pattern;

/** The shape every code in the catalog shares: a slug of letters, digits, '-' and '_'. */
final class Codes {

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern CHANNEL = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private Codes() {
    }

    static String slug(MalformedCode.Kind kind, String value) {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new MalformedCode(kind, value);
        }
        return value;
    }

    static String channel(String value) {
        if (value == null || !CHANNEL.matcher(value).matches()) {
            throw new MalformedCode(MalformedCode.Kind.CHANNEL, value);
        }
        return value;
    }
}
