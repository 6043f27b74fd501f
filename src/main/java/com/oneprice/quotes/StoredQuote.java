package com.oneprice.quotes;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.PriceRequest;
import com.oneprice.pricing.engine.PromotionCode;
import com.oneprice.pricing.engine.ServiceCode;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * A quote's items and lines as they are kept in {@code quote.items} and {@code quote.lines}: records of their own, not
 * the API's, so that renaming a field of the API never changes recorded evidence. Each row's {@code record_version}
 * names the shape it holds. Version 1 is the shape the API had when quotes were first recorded; its names are
 * spelt out here and must never change: a new shape is a new version, read alongside the old.
 */
final class StoredQuote {

    static final int VERSION = 1;

    private StoredQuote() {
    }

    record Item(@JsonProperty("service") String service, @JsonProperty("quantity") int quantity) {
        static Item of(PriceRequest.Item item) {
            return new Item(item.service().value(), item.quantity());
        }

        PriceRequest.Item toItem() {
            return new PriceRequest.Item(new ServiceCode(service), quantity);
        }
    }

    record Amount(@JsonProperty("amount") String amount, @JsonProperty("currency") String currency) {
        static Amount of(Money money) {
            return new Amount(money.amount().toPlainString(), money.currency().getCurrencyCode());
        }

        Money toMoney() {
            return new Money(new BigDecimal(amount), Currency.getInstance(currency));
        }
    }

    record Line(@JsonProperty("service") String service, @JsonProperty("quantity") int quantity,
                @JsonProperty("listPrice") Amount listPrice, @JsonProperty("unitPrice") Amount unitPrice,
                @JsonProperty("lineTotal") Amount lineTotal, @JsonProperty("promotions") List<Promotion> promotions,
                @JsonProperty("components") List<Component> components) {
        static Line of(PriceAnswer.Line line) {
            return new Line(line.service().value(), line.quantity(), Amount.of(line.listPrice()),
                    Amount.of(line.unitPrice()), Amount.of(line.lineTotal()),
                    line.promotions().stream().map(Promotion::of).toList(),
                    line.components().stream().map(Component::of).toList());
        }

        PriceAnswer.Line toLine() {
            return new PriceAnswer.Line(new ServiceCode(service), quantity, listPrice.toMoney(), unitPrice.toMoney(),
                    lineTotal.toMoney(), promotions == null ? List.of() : promotions.stream().map(Promotion::toApplied)
                    .toList(), Component.toLines(components));
        }
    }

    record Promotion(@JsonProperty("code") String code, @JsonProperty("discount") Amount discount) {
        static Promotion of(PriceAnswer.AppliedPromotion applied) {
            return new Promotion(applied.code().value(), Amount.of(applied.discount()));
        }

        PriceAnswer.AppliedPromotion toApplied() {
            return new PriceAnswer.AppliedPromotion(new PromotionCode(code), discount.toMoney());
        }
    }

    record Component(@JsonProperty("service") String service, @JsonProperty("quantity") int quantity,
                     @JsonProperty("unitPrice") Amount unitPrice, @JsonProperty("total") Amount total,
                     @JsonProperty("components") List<Component> components) {
        static Component of(PriceAnswer.ComponentLine line) {
            return new Component(line.service().value(), line.quantity(), Amount.of(line.unitPrice()),
                    Amount.of(line.total()), line.components().stream().map(Component::of).toList());
        }

        static List<PriceAnswer.ComponentLine> toLines(List<Component> components) {
            return components == null ? List.of() : components.stream().map(c -> new PriceAnswer.ComponentLine(
                    new ServiceCode(c.service), c.quantity, c.unitPrice.toMoney(), c.total.toMoney(),
                    toLines(c.components))).toList();
        }
    }
}
