package com.oneprice.platform;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/** Money on the wire: a decimal string and its currency, never a binary floating point number. */
@Schema(name = "Money", description = "An amount of money. `amount` is a decimal string (a JSON number is accepted "
        + "on input); `currency` is ISO 4217.")
public record MoneyJson(
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4)
        @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonDeserialize(using = Amount.class)
        @Schema(type = SchemaType.STRING, pattern = Amount.DECIMAL, example = "4500.00") BigDecimal amount,
        @NotNull @Validity.CurrencyCode @Schema(example = "RUB") String currency) {

    public static MoneyJson of(BigDecimal amount, Currency currency) {
        return new MoneyJson(amount, currency.getCurrencyCode());
    }

    /**
     * An amount as the contract's decimal text, or a JSON number. BigDecimal's own parser would also take "+5", " 5",
     * ".5", "5." and "5E3", which the contract promises nobody.
     */
    static final class Amount extends StdScalarDeserializer<BigDecimal> {

        static final String DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";
        private static final Pattern TEXT = Pattern.compile(DECIMAL);

        Amount() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            }
            String text = parser.getText();
            if (!TEXT.matcher(text).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a decimal amount such as 4500.00");
            }
            return new BigDecimal(text);
        }
    }
}
