package com.oneprice.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The message bundles: {@code messages/<language>.properties} (UTF-8), one key per sentence, the same keys in every
 * language (a test fails otherwise). Patterns take their arguments as {@code {0}}, {@code {1}}, ...: plain
 * substitution, so an apostrophe is only an apostrophe (no MessageFormat quoting), and numbers and moments are
 * written beforehand by {@link Words}.
 */
public final class Messages {

    private static final Map<Language, Properties> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BUNDLES.put(language, load(language));
        }
    }

    private Messages() {
    }

    public static String text(Language language, String key, Object... args) {
        return text(language, Text.of(key, args));
    }

    static String text(Language language, Text text) {
        String pattern = BUNDLES.get(language).getProperty(text.key());
        if (pattern == null) {
            throw new IllegalStateException("no message " + text.key() + " in " + language.tag());
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                Object arg = index < text.args().size() ? text.args().get(index) : null;
                out.append(arg instanceof Text nested ? nested.in(language) : String.valueOf(arg));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Every key of a language's bundle. */
    public static Set<String> keys(Language language) {
        return BUNDLES.get(language).stringPropertyNames();
    }

    /** The pattern of {@code key}, or null. */
    public static String pattern(Language language, String key) {
        return BUNDLES.get(language).getProperty(key);
    }

    private static Properties load(Language language) {
        String name = "messages/" + language.tag() + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
