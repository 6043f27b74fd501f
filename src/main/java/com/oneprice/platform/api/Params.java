package com.oneprice.platform.api;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.problems.Excerpt;
import com.oneprice.words.Text;

import java.time.Instant;

/**
 * Query parameters are taken as text and parsed here: JAX-RS would answer 404 for a query parameter it cannot
 * convert, while a caller deserves a 400 that names the parameter.
 */
public final class Params {

    private Params() {
    }

    public static int integer(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ApiException.invalidField(name, Text.of("field.between", min, max));
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, Text.of("field.not-whole-number", Excerpt.quoted(raw)));
        }
    }

    /** An ISO-8601 instant with an offset ({@code 2026-11-27T10:00:00+03:00}); absent means {@code fallback}. */
    public static Instant instant(String name, String raw, Instant fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return parseInstant(name, raw.trim());
    }

    public static Instant parseInstant(String name, String text) {
        try {
            return Moments.withOffset(text).toInstant();
        } catch (UnreadableValue e) {
            throw ApiException.invalidField(name, e.reason());
        }
    }

    public static String required(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.required(name);
        }
        return raw.trim();
    }

    public static boolean bool(String name, String raw, boolean fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return switch (raw.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidField(name, Text.of("field.not-boolean", Excerpt.quoted(raw)));
        };
    }
}
