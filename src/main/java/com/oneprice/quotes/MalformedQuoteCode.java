package com.oneprice.quotes;

/**
 * The text cannot be a quote code at all (wrong length or a character no code contains), as
 * opposed to {@link MistypedQuoteCode}, where it is shaped like one but a symbol was misheard.
 */
public final class MalformedQuoteCode extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MalformedQuoteCode(String message) {
        super(message);
    }
}
