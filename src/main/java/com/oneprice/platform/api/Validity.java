package com.oneprice.platform.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;

/** Bean Validation constraints for the catalog's vocabulary that the standard ones do not cover. */
public final class Validity {

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private Validity() {
    }

    public static boolean isIanaZone(String zone) {
        return zone != null && ZONES.contains(zone);
    }

    /** An ISO 4217 currency that customers pay in: one with minor units, so not XXX, XTS, XAU or XDR. */
    public static boolean isIsoCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = TimeZoneValidator.class)
    public @interface TimeZoneId {
        String message() default "must be an IANA time zone such as Europe/Moscow";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = CurrencyValidator.class)
    public @interface CurrencyCode {
        String message() default "must be an ISO 4217 currency of money, such as RUB";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class TimeZoneValidator implements ConstraintValidator<TimeZoneId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isIanaZone(value);
        }
    }

    public static class CurrencyValidator implements ConstraintValidator<CurrencyCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isIsoCurrency(value);
        }
    }
}
