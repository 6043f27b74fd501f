package com.oneprice.platform.http;

import com.oneprice.words.Text;

import java.util.Optional;

/**
 * Text the service keeps and shows as it was given, wherever text comes in: JSON strings, query and path
 * parameters, CSV cells. PostgreSQL cannot store a NUL character in {@code text} (it fails the statement), and an
 * unpaired UTF-16 surrogate has no UTF-8 form (the driver silently writes '?'). And no name, category, code or
 * reference the API takes needs a character that is not shown as itself: control characters (C0, DEL, C1 such as
 * NEL; tab and line breaks too: every field is one line), the line and paragraph separators, and the invisible
 * formatting characters (Unicode's Cf: bidi overrides and isolates such as U+202E, which make "north" read
 * "htron" in an operator's screen, zero-width spaces and joiners, the byte order mark, soft hyphens, tag
 * characters). They forge log lines, hide one branch's name inside another's and break the CSV report. So all of
 * them are refused; PostgreSQL refuses them too (V11). The price is that a ZWJ emoji sequence, or a Persian name
 * that needs a zero-width non-joiner, is not taken.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why {@code text} cannot be stored as given, in English; empty when it can. */
    public static Optional<String> fault(String text) {
        return reason(text).map(Text::toString);
    }

    /** Why {@code text} cannot be stored as given; empty when it can. */
    public static Optional<Text> reason(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\0') {
                return Optional.of(Text.of("field.nul"));
            }
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                return Optional.of(Text.of("field.unpaired-surrogate", "U+%04X".formatted(c)));
            }
            if (invisible(c)) {
                return Optional.of(Text.of("field.invisible", "U+%04X".formatted(c), Character.getName(c)));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    private static boolean invisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
