package com.oneprice.platform.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Currency;

/** Money on the wire: a decimal string and its currency, never a binary floating point number. */
@Schema(name = "Money", description = "An amount of money. `amount` is a decimal string (a JSON number is accepted "
        + "on input); `currency` is ISO 4217.")
public record MoneyJson(
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4)
        @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonDeserialize(using = Decimals.Json.class)
        @Schema(type = SchemaType.STRING, pattern = Decimals.PATTERN, maxLength = Decimals.MAX_LENGTH, example = "4500.00")
        BigDecimal amount,
        @NotNull @Validity.CurrencyCode @Schema(example = "RUB", pattern = "^[A-Z]{3}$", maxLength = 3) String currency) {

    public static MoneyJson of(BigDecimal amount, Currency currency) {
        return new MoneyJson(amount, currency.getCurrencyCode());
    }
}
