package com.oneprice.quotes;

import com.oneprice.words.Text;

/**
 * The text is shaped like a quote code but its check symbol does not match, which almost always
 * means a symbol was misheard, mistyped or swapped; callers should ask for the code again rather
 * than report "no such quote".
 */
public final class MistypedQuoteCode extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Text reason;

    public MistypedQuoteCode(Text reason) {
        super(reason.toString());
        this.reason = reason;
    }

    /** What is wrong, in the reader's language; the message is the English of it. */
    public Text reason() {
        return reason;
    }
}
