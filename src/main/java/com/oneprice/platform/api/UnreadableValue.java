package com.oneprice.platform.api;

import com.oneprice.words.Text;

/**
 * A value given as text that cannot be taken as what it should be, with the reason as a sentence in the caller's
 * language. An {@link IllegalArgumentException}, so that code expecting one (and Jackson, which wraps it) keeps
 * working; its message is the English reason. Its subclasses say which way a value is unreadable where callers answer
 * each way differently.
 */
public class UnreadableValue extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Text reason;

    public UnreadableValue(Text reason) {
        super(reason.toString());
        this.reason = reason;
    }

    /** What is wrong, in the reader's language; the message is the English of it. */
    public Text reason() {
        return reason;
    }
}
