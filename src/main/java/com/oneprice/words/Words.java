package com.oneprice.words;

import com.oneprice.pricing.engine.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How people write money and moments in one language, for one branch: amounts grouped and with the currency as
 * that language puts it ({@code 5 000,00 ₽}, {@code RUB 5,000.00}); moments in the branch's time zone, named by its
 * city ({@code 30 ноября, 23:59 (Москва)}), or by its offset at that moment when the bundle names no city
 * ({@code UTC+01:00}). The year is written only when it is not the year of {@code reference} (the moment an answer
 * is about), so a sentence never depends on the day it is read.
 */
public final class Words {

    /** Russian groups digits, and joins the amount to its currency, with a no-break space, as Java's ru locale does. */
    static final char NO_BREAK_SPACE = '\u00A0';

    private final Language language;
    private final ZoneId zone;
    private final Instant reference;

    public Words(Language language, ZoneId zone, Instant reference) {
        this.language = language;
        this.zone = zone;
        this.reference = reference;
    }

    public Language language() {
        return language;
    }

    public String text(String key, Object... args) {
        return Messages.text(language, key, args);
    }

    public String money(Money money) {
        int digits = Math.max(money.currency().getDefaultFractionDigits(), 0);
        BigDecimal amount = money.amount().setScale(digits, RoundingMode.HALF_UP);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language.locale());
        String currency;
        if (language == Language.RU) {
            symbols.setGroupingSeparator(NO_BREAK_SPACE);
            symbols.setDecimalSeparator(',');
            currency = money.currency().getSymbol(language.locale());
        } else {
            symbols.setGroupingSeparator(',');
            symbols.setDecimalSeparator('.');
            currency = money.currency().getCurrencyCode();
        }
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String number = format.format(amount);
        return language == Language.RU ? number + NO_BREAK_SPACE + currency : currency + " " + number;
    }

    /** A moment as it is: {@code 24 ноября, 00:00 (Москва)}. */
    public String moment(Instant instant) {
        return written(instant.atZone(zone), instant);
    }

    /**
     * The end of something that holds until {@code instant}, exclusive: at local midnight it is said as the last
     * minute of the day before ({@code до 30 ноября, 23:59}), which is how people name the last day it holds.
     */
    public String end(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            local = local.minusMinutes(1);
        }
        return written(local, instant);
    }

    public String list(List<String> items) {
        return String.join(", ", items);
    }

    private String written(ZonedDateTime local, Instant instant) {
        boolean sameYear = local.getYear() == reference.atZone(zone).getYear();
        String date = DateTimeFormatter.ofPattern(sameYear ? "d MMMM" : "d MMMM yyyy", language.locale()).format(local);
        String time = DateTimeFormatter.ofPattern("HH:mm", language.locale()).format(local);
        return text("moment", date, time, zoneName(instant));
    }

    private String zoneName(Instant instant) {
        String city = Messages.pattern(language, "zone." + zone.getId());
        if (city != null) {
            return city;
        }
        ZoneOffset offset = zone.getRules().getOffset(instant);
        return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }
}
