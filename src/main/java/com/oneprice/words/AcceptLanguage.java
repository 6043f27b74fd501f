package com.oneprice.words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The language of an answer, from an {@code Accept-Language} header (RFC 9110 12.5.4): ranges in order of their
 * q-value (ties in the order written), each matched with a language by its primary subtag ({@code ru-RU} is
 * {@code ru}). {@code *} stands for any language not refused with {@code q=0}, the default first. A range with a
 * q-value that does not parse is ignored; no header, or nothing that matches, gives the default.
 */
public final class AcceptLanguage {

    private static final int MAX_RANGES = 32;

    private AcceptLanguage() {
    }

    public static Language choose(String header, Language fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = header.split(",", MAX_RANGES + 1);
        for (int i = 0; i < Math.min(parts.length, MAX_RANGES); i++) {
            Range range = Range.parse(parts[i], i);
            if (range != null) {
                ranges.add(range);
            }
        }
        Set<Language> refused = EnumSet.noneOf(Language.class);
        ranges.stream().filter(r -> r.quality == 0 && r.language() != null).forEach(r -> refused.add(r.language()));
        ranges.sort(Comparator.comparingDouble((Range r) -> -r.quality).thenComparingInt(r -> r.position));
        for (Range range : ranges) {
            if (range.quality == 0) {
                break;
            }
            if (range.any()) {
                return unrefused(fallback, refused);
            } else if (range.language() != null && !refused.contains(range.language())) {
                return range.language();
            }
        }
        return unrefused(fallback, refused);
    }

    /** The default, or when the caller refused it, the first language it did not (all refused: the default). */
    private static Language unrefused(Language fallback, Set<Language> refused) {
        if (!refused.contains(fallback)) {
            return fallback;
        }
        for (Language language : Language.values()) {
            if (!refused.contains(language)) {
                return language;
            }
        }
        return fallback;
    }

    private record Range(String tag, double quality, int position) {

        static Range parse(String text, int position) {
            String[] pieces = text.split(";");
            String tag = pieces[0].trim();
            if (tag.isEmpty()) {
                return null;
            }
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                if (parameter.length() > 2 && parameter.regionMatches(true, 0, "q=", 0, 2)) {
                    String value = parameter.substring(2).trim();
                    if (!value.matches("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)")) {
                        return null;
                    }
                    quality = Double.parseDouble(value);
                }
            }
            return new Range(tag, quality, position);
        }

        boolean any() {
            return tag.equals("*");
        }

        Language language() {
            int dash = tag.indexOf('-');
            return Language.ofPrimary(dash < 0 ? tag : tag.substring(0, dash));
        }
    }
}
