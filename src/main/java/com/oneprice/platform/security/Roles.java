package com.oneprice.platform.security;

/** The roles of DESIGN section 4, as they appear in a token's {@code groups} claim. */
public final class Roles {

    public static final String ADMIN = "pricing-admin";
    public static final String OPERATOR = "operator";
    public static final String INTEGRATION = "integration";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
