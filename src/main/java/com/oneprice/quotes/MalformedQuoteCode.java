package com.oneprice.quotes;

import com.oneprice.words.Text;

/**
 * The text cannot be a quote code at all (wrong length or a character no code contains), as
 * opposed to {@link MistypedQuoteCode}, where it is shaped like one but a symbol was misheard.
 */
public final class MalformedQuoteCode extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Text reason;

    public MalformedQuoteCode(Text reason) {
        super(reason.toString());
        this.reason = reason;
    }

    /** What is wrong, in the reader's language; the message is the English of it. */
    public Text reason() {
        return reason;
    }
}
