package com.oneprice.quotes;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.problems.ProblemType;
import com.oneprice.words.Text;

import java.util.List;

/** A code from a path or a body: malformed or mistyped codes are the caller's 400, never a 404 or a 500. */
public final class QuoteCodes {

    private QuoteCodes() {
    }

    public static QuoteCode parse(String field, String text) {
        try {
            return QuoteCode.parse(text);
        } catch (MistypedQuoteCode e) {
            throw new ApiException(ProblemType.QUOTE_CODE_MISTYPED, e.reason(),
                    List.of(new ApiException.FieldText(field, Text.of("field.quote-code-mistyped"))));
        } catch (MalformedQuoteCode e) {
            throw ApiException.invalidField(field, e.reason());
        }
    }
}
