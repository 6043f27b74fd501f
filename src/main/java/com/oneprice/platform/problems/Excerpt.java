package com.oneprice.platform.problems;

/**
 * A value the caller sent, as a problem answer may repeat it: quoted, and cut short when it is long. A refusal names
 * what was wrong; repeating a megabyte-long value whole would only make the answer as large as the attack.
 */
public final class Excerpt {

    /** Longer values are shown by their start and their length. */
    static final int SHOWN = 64;

    private Excerpt() {
    }

    /** {@code 'value'}, or {@code 'its first 64 characters…' (N characters)}. */
    public static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= SHOWN) {
            return "'" + value + "'";
        }
        int end = Character.isHighSurrogate(value.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return "'" + value.substring(0, end) + "…' (" + value.length() + " characters)";
    }

    /** {@code text} cut to {@code max} characters, for the free text of an answer that may quote a caller. */
    public static String capped(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }
}
