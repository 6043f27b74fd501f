package com.oneprice.platform.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.oneprice.platform.problems.Excerpt;
import com.oneprice.words.Text;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Decimals as the contract writes them: digits with an optional fraction and sign, such as 4500.00. BigDecimal's own
 * parser would also take "+5", " 5", ".5", "5." and "5E3", which the contract promises nobody.
 */
public final class Decimals {

    public static final String PATTERN = "^-?[0-9]+(\\.[0-9]+)?$";
    /** The longest decimal any field takes: a sign, 15 integer digits, the point and 4 fraction digits. */
    public static final int MAX_LENGTH = 21;
    private static final Pattern TEXT = Pattern.compile(PATTERN);

    private Decimals() {
    }

    /** @throws UnreadableValue with a sentence for the caller */
    public static BigDecimal parse(String text) {
        if (!TEXT.matcher(text).matches()) {
            throw new UnreadableValue(Text.of("field.not-decimal", Excerpt.quoted(text)));
        }
        return new BigDecimal(text);
    }

    /** Reads a decimal given as JSON text by that rule, or as a JSON number. */
    public static final class Json extends StdScalarDeserializer<BigDecimal> {

        public Json() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return parser.hasToken(JsonToken.VALUE_STRING) ? parse(parser.getText())
                    : NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
        }
    }
}
