package com.oneprice.pricing.engine;

import java.time.Instant;
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
        private final ServiceCode service;
        private final ServiceCode component;
        private final BranchCode branch;

        NotSold(int item, ServiceCode service, ServiceCode component, Branch branch, Instant at, String why) {
            super(item(item), "service '" + service + "' is not sold at branch '" + branch.code() + "' at "
                    + at.atZone(branch.zone()).toOffsetDateTime() + ": "
                    + (component == null ? "it " : "its component '" + component + "' ") + why);
            this.service = service;
            this.component = component;
            this.branch = branch.code();
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
    }

    /** A quoted amount in another currency than the one the branch prices in: no verdict compares the two. */
    public static final class OtherCurrency extends PricingException {
        public OtherCurrency(Currency quoted, BranchCode branch, Currency prices) {
            super("quotedTotal.currency", "branch " + branch + " prices in " + prices.getCurrencyCode() + ", not "
                    + quoted.getCurrencyCode());
        }
    }
}
