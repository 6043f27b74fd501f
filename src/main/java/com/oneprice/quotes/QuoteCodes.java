package com.oneprice.quotes;

import com.oneprice.platform.ApiException;
import com.oneprice.platform.Problem;

import java.util.List;

/** A code from a path or a body: malformed or mistyped codes are the caller's 400, never a 404 or a 500. */
final class QuoteCodes {

    private QuoteCodes() {
    }

    static QuoteCode parse(String field, String text) {
        try {
            return QuoteCode.parse(text);
        } catch (MistypedQuoteCode e) {
            throw new ApiException(400, "quote-code-mistyped", "The quote code looks mistyped", e.getMessage(),
                    List.of(new Problem.FieldError(field, "the check character does not match: it looks mistyped")));
        } catch (MalformedQuoteCode e) {
            throw ApiException.invalidField(field, e.getMessage());
        }
    }
}
