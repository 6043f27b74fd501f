package com.oneprice.catalog;

import java.util.Locale;
import java.util.Objects;

/**
 * The part of the catalog a write changed, as a pricing snapshot re-reads it to follow the write: a branch, a service
 * with its compositions, a promotion, or the whole price history of a service at one branch ({@code branch} null: its
 * network-wide history).
 */
public record CatalogPart(Kind kind, String code, String branch) {

    public enum Kind {
        BRANCH("branch"), SERVICE("service"), PROMOTION("promotion"), PRICES("price");

        /** What the audit calls an entity of this kind. */
        final String auditEntity;

        Kind(String auditEntity) {
            this.auditEntity = auditEntity;
        }

        /** As the change log stores it. */
        public String logName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind ofLogName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    public CatalogPart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        if (branch != null && kind != Kind.PRICES) {
            throw new IllegalArgumentException("only a price history is of one branch");
        }
    }

    public static CatalogPart branch(String code) {
        return new CatalogPart(Kind.BRANCH, code, null);
    }

    public static CatalogPart service(String code) {
        return new CatalogPart(Kind.SERVICE, code, null);
    }

    public static CatalogPart promotion(String code) {
        return new CatalogPart(Kind.PROMOTION, code, null);
    }

    /** The price history of {@code service} at {@code branch}, or network-wide when {@code branch} is null. */
    public static CatalogPart prices(String service, String branch) {
        return new CatalogPart(Kind.PRICES, service, branch);
    }
}
