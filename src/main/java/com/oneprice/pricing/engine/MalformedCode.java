package com.oneprice.pricing.engine;

import java.util.Locale;

/**
 * A code that is not shaped like one ({@link Codes}): what kind of code it should have been and the text given, so
 * that the HTTP side can word it in the caller's language. The message is the English of it.
 */
public final class MalformedCode extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The codes, each with its shape. */
    public enum Kind {
        BRANCH, SERVICE, PROMOTION, CHANNEL
    }

    /** The longest part of a refused value a message repeats: a huge one is not echoed back whole. */
    public static final int SHOWN = 64;

    private final Kind kind;
    private final String value;

    MalformedCode(Kind kind, String value) {
        super(kind == Kind.CHANNEL
                ? "channel must be UPPER_SNAKE_CASE, e.g. PHONE (got " + shown(value) + ")"
                : kind.name().toLowerCase(Locale.ROOT) + " code must be a slug of letters, digits, '-' and "
                        + "'_' (got " + shown(value) + ")");
        this.kind = kind;
        this.value = value;
    }

    public Kind kind() {
        return kind;
    }

    /** The text given, or null when none was. */
    public String value() {
        return value;
    }

    private static String shown(String value) {
        return value == null ? "nothing" : value.length() <= SHOWN ? "'" + value + "'"
                : "'" + value.substring(0, SHOWN) + "…', " + value.length() + " characters";
    }
}
