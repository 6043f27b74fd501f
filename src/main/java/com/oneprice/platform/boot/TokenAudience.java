package com.oneprice.platform.boot;

import java.util.Optional;

/**
 * An identity provider issues tokens to every client of its realm, and each of them carries the same issuer and the
 * same signature: a patient portal's token, whose user happens to hold {@code pricing-admin}, would pass every check
 * but the audience. So with an external provider the service requires an audience ({@code mp.jwt.verify.audiences})
 * and starts without one only when told, by a setting named as unsafe. The development key signs only what
 * {@code bin/dev-token} prints, and needs none.
 */
public final class TokenAudience {

    public static final String WAIVER = "pricing.auth.unsafe-accept-any-audience";
    public static final String WAIVER_ENV = "PRICING_AUTH_UNSAFE_ACCEPT_ANY_AUDIENCE";

    private TokenAudience() {
    }

    /** Why the service must not start with these settings; empty when it may. */
    public static Optional<String> refusal(boolean externalProvider, String audiences, boolean waived) {
        if (!externalProvider || (audiences != null && !audiences.isBlank()) || waived) {
            return Optional.empty();
        }
        return Optional.of("tokens come from an external identity provider (mp.jwt.verify.publickey.location or "
                + "mp.jwt.verify.publickey is set), but no audience is required of them, so a token the provider "
                + "issued to any other client would be accepted. Set mp.jwt.verify.audiences (MP_JWT_VERIFY_AUDIENCES) "
                + "to the audience the provider puts in tokens for this service, or " + WAIVER + "=true ("
                + WAIVER_ENV + ") to accept any audience.");
    }

    /** What the log says on every start that the waiver let through. */
    public static Optional<String> warning(boolean externalProvider, String audiences, boolean waived) {
        return waived && refusal(externalProvider, audiences, false).isPresent()
                ? Optional.of("tokens of any audience are accepted (" + WAIVER + "=true): every client of the "
                        + "identity provider can call this service with its users' roles")
                : Optional.empty();
    }
}
