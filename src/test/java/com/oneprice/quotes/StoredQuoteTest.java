package com.oneprice.quotes;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oneprice.pricing.PriceAnswerJson;
import com.oneprice.pricing.Pricing;
import com.oneprice.pricing.engine.PriceAnswer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A quote's stored lines are records of their own: the API's field names can change, recorded evidence cannot. */
class StoredQuoteTest {

    /** Lines as quotes recorded them before stored records had versions: the API's shape of that time. */
    static final String VERSION_1 = """
            [{"service": "CHECKUP-BASIC", "quantity": 1,
              "listPrice": {"amount": "3700.00", "currency": "RUB"}, "unitPrice": {"amount": "3330.00", "currency": "RUB"},
              "lineTotal": {"amount": "3330.00", "currency": "RUB"},
              "promotions": [{"code": "AUTUMN", "discount": {"amount": "370.00", "currency": "RUB"}}],
              "components": [{"service": "ECG", "quantity": 1, "unitPrice": {"amount": "1000.00", "currency": "RUB"},
                              "total": {"amount": "1000.00", "currency": "RUB"}, "components": []}]}]""";

    /** The API as it would be with {@code lineTotal} renamed {@code amount}. */
    abstract static class RenamedLineTotal {
        @JsonProperty("amount")
        abstract Object lineTotal();
    }

    @Test
    void a_version_1_quote_still_reads_after_an_api_field_is_renamed() throws Exception {
        ObjectMapper renamedApi = new ObjectMapper().findAndRegisterModules()
                .addMixIn(PriceAnswerJson.LineJson.class, RenamedLineTotal.class);

        List<PriceAnswer.Line> lines = new ObjectMapper().readValue(VERSION_1,
                new TypeReference<List<StoredQuote.Line>>() { }).stream().map(StoredQuote.Line::toLine).toList();
        String served = renamedApi.writeValueAsString(lines.stream().map(Pricing::json).toList());

        assertEquals("3330.00 RUB", lines.get(0).lineTotal().toString());
        assertEquals("AUTUMN", lines.get(0).promotions().get(0).code().value());
        assertEquals("ECG", lines.get(0).components().get(0).service().value());
        assertTrue(served.contains("\"amount\":{\"amount\":\"3330.00\""), served);
        assertFalse(served.contains("lineTotal"), served);
    }

    @Test
    void what_is_stored_keeps_the_version_1_names_whatever_the_api_calls_them() throws Exception {
        List<StoredQuote.Line> read = new ObjectMapper().readValue(VERSION_1, new TypeReference<>() { });

        String written = new ObjectMapper().writeValueAsString(read.stream().map(StoredQuote.Line::toLine)
                .map(StoredQuote.Line::of).toList());

        assertEquals(new ObjectMapper().readTree(VERSION_1), new ObjectMapper().readTree(written));
    }
}
