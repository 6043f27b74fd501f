package com.oneprice.words;

/**
 * An answer that carries human text written in the language {@code Accept-Language} chose; {@link ContentLanguage}
 * names that language on it.
 */
public interface Spoken {
}
