package com.oneprice.quotes;

import com.oneprice.platform.ApiException;
import com.oneprice.platform.Problem;
import com.oneprice.platform.ProblemType;

import java.util.List;

/** A code from a path or a body: malformed or mistyped codes are the caller's 400, never a 404 or a 500. */
public final class QuoteCodes {

    private QuoteCodes() {
    }

    public static QuoteCode parse(String field, String text) {
        try {
            return QuoteCode.parse(text);
        } catch (MistypedQuoteCode e) {
            throw new ApiException(ProblemType.QUOTE_CODE_MISTYPED, e.getMessage(),
                    List.of(new Problem.FieldError(field, "the check character does not match: it looks mistyped")));
        } catch (MalformedQuoteCode e) {
            throw ApiException.invalidField(field, e.getMessage());
        }
    }
}
