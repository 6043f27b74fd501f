package com.oneprice.quotes;

import com.oneprice.platform.api.UnreadableValue;
import com.oneprice.words.Text;

/**
 * The text cannot be a quote code at all (wrong length or a character no code contains), as
 * opposed to {@link MistypedQuoteCode}, where it is shaped like one but a symbol was misheard.
 */
public final class MalformedQuoteCode extends UnreadableValue {

    private static final long serialVersionUID = 1L;

    public MalformedQuoteCode(Text reason) {
        super(reason);
    }
}
