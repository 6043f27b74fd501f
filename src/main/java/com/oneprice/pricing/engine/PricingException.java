package com.oneprice.pricing.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;

/**
 * A request the catalog cannot price or verify: the only exception the engine throws. Each kind names what is
 * missing and {@link #field()}, the request's field to blame, so the HTTP side never has to guess it.
 */
public abstract sealed class PricingException extends RuntimeException {

    private final String field;

    PricingException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request's field at fault as a JSON path: {@code branch}, {@code items[1].service}, ... */
    public String field() {
        return field;
    }

    static String item(int index) {
        return "items[" + index + "].service";
    }

    public static final class UnknownBranch extends PricingException {
        private final BranchCode branch;

        public UnknownBranch(BranchCode branch) {
            super("branch", "branch '" + branch + "' does not exist");
            this.branch = branch;
        }

        public BranchCode branch() {
            return branch;
        }
    }

    public static final class UnknownService extends PricingException {
        private final ServiceCode service;

        /** @param item the index of the request's item naming it */
        public UnknownService(int item, ServiceCode service) {
            super(item(item), "service '" + service + "' does not exist");
            this.service = service;
        }

        public ServiceCode service() {
            return service;
        }
    }

    /**
     * The item's service has no price at that branch and moment: it is not sold there. For a bundle, the reason may
     * be one of its components ({@link #component()}), which then has no price there.
     */
    public static final class NotSold extends PricingException {

        /** Why it is not sold: what the API words as a sentence in the caller's language. */
        public enum Cause {
            /** No price in the branch's currency ({@link #currency()}). */
            NO_PRICE,
            /** A bundle without a composition at that moment. */
            NO_COMPOSITION,
            /** A bundle's component the catalog does not have. */
            NOT_IN_CATALOG,
            /** Bundles nested deeper than {@link #depth()}. */
            NESTED_TOO_DEEP
        }

        private final ServiceCode service;
        private final ServiceCode component;
        private final BranchCode branch;
        private final OffsetDateTime at;
        private final Cause cause;
        private final Currency currency;
        private final int depth;

        NotSold(int item, ServiceCode service, ServiceCode component, Branch branch, Instant at, Cause cause,
                int depth) {
            super(item(item), "service '" + service + "' is not sold at branch '" + branch.code() + "' at "
                    + at.atZone(branch.zone()).toOffsetDateTime() + ": "
                    + (component == null ? "it " : "its component '" + component + "' ")
                    + english(cause, branch.currency(), depth));
            this.service = service;
            this.component = component;
            this.branch = branch.code();
            this.at = at.atZone(branch.zone()).toOffsetDateTime();
            this.cause = cause;
            this.currency = branch.currency();
            this.depth = depth;
        }

        private static String english(Cause cause, Currency currency, int depth) {
            return switch (cause) {
                case NO_PRICE -> "has no price in " + currency.getCurrencyCode() + " there then";
                case NO_COMPOSITION -> "has no composition then";
                case NOT_IN_CATALOG -> "is not in the catalog";
                case NESTED_TOO_DEEP -> "nests bundles more than " + depth + " deep";
            };
        }

        public ServiceCode service() {
            return service;
        }

        /** The component of the bundle {@link #service()} that is not sold there, or null when it is the service. */
        public ServiceCode component() {
            return component;
        }

        public BranchCode branch() {
            return branch;
        }

        /** The moment asked about, at the branch's offset. */
        public OffsetDateTime at() {
            return at;
        }

        public Cause cause() {
            return cause;
        }

        /** The branch's currency, in which {@link Cause#NO_PRICE} found no price. */
        public Currency currency() {
            return currency;
        }

        /** The deepest nesting of bundles priced, for {@link Cause#NESTED_TOO_DEEP}. */
        public int depth() {
            return depth;
        }
    }

    /** A quoted amount in another currency than the one the branch prices in: no verdict compares the two. */
    public static final class OtherCurrency extends PricingException {
        private final Currency quoted;
        private final BranchCode branch;
        private final Currency prices;

        public OtherCurrency(Currency quoted, BranchCode branch, Currency prices) {
            super("quotedTotal.currency", "branch " + branch + " prices in " + prices.getCurrencyCode() + ", not "
                    + quoted.getCurrencyCode());
            this.quoted = quoted;
            this.branch = branch;
            this.prices = prices;
        }

        public Currency quoted() {
            return quoted;
        }

        public BranchCode branch() {
            return branch;
        }

        /** The currency the branch prices in. */
        public Currency prices() {
            return prices;
        }
    }
}
