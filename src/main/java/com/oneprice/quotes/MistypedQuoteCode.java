package com.oneprice.quotes;

import com.oneprice.platform.api.UnreadableValue;
import com.oneprice.words.Text;

/**
 * The text is shaped like a quote code but its check symbol does not match, which almost always
 * means a symbol was misheard, mistyped or swapped; callers should ask for the code again rather
 * than report "no such quote".
 */
public final class MistypedQuoteCode extends UnreadableValue {

    private static final long serialVersionUID = 1L;

    public MistypedQuoteCode(Text reason) {
        super(reason);
    }
}
