package com.oneprice.words;

import java.util.Locale;

/** The languages the API speaks; {@link #tag()} is what {@code Content-Language} names. */
public enum Language {
    EN("en", Locale.ENGLISH),
    RU("ru", Locale.forLanguageTag("ru"));

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language whose primary subtag is {@code primary} (case-insensitive), or null. */
    static Language ofPrimary(String primary) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(primary)) {
                return language;
            }
        }
        return null;
    }
}
