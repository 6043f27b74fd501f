package com.oneprice.platform;

import java.util.Optional;

/**
 * Text the catalog can keep as it was given. PostgreSQL cannot store a NUL character in {@code text} (it fails the
 * statement), and an unpaired UTF-16 surrogate has no UTF-8 form (the driver silently writes '?'); so both are
 * refused wherever text comes in: JSON strings, query and path parameters, CSV cells.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why {@code text} cannot be stored as given; empty when it can. */
    public static Optional<String> fault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of("contains a NUL character (U+0000)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate (U+%04X), which is not a character"
                        .formatted((int) c));
            }
        }
        return Optional.empty();
    }
}
