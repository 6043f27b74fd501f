package com.oneprice.words;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence to be written in the reader's language: the key of its pattern in the message bundles and its
 * arguments, which are plain values (written as they are), or texts themselves (written in the same language).
 */
public record Text(String key, List<Object> args) {

    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    public String in(Language language) {
        return Messages.text(language, this);
    }

    /** English: what logs and exception messages carry. */
    @Override
    public String toString() {
        return in(Language.EN);
    }
}
