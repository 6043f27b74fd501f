package com.oneprice.pricing.engine;

import java.time.Instant;

/** A request the catalog cannot price; each kind names what is missing. */
public abstract sealed class PricingException extends RuntimeException {

    PricingException(String message) {
        super(message);
    }

    public static final class UnknownBranch extends PricingException {
        private final BranchCode branch;

        public UnknownBranch(BranchCode branch) {
            super("branch '" + branch + "' does not exist");
            this.branch = branch;
        }

        public BranchCode branch() {
            return branch;
        }
    }

    public static final class UnknownService extends PricingException {
        private final ServiceCode service;

        public UnknownService(ServiceCode service) {
            super("service '" + service + "' does not exist");
            this.service = service;
        }

        public ServiceCode service() {
            return service;
        }
    }

    public static final class NoPrice extends PricingException {
        private final ServiceCode service;

        public NoPrice(ServiceCode service, BranchCode branch, Instant at, String why) {
            super("service '" + service + "' has no price at branch '" + branch + "' at " + at + ": " + why);
            this.service = service;
        }

        public ServiceCode service() {
            return service;
        }
    }
}
