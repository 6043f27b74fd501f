package com.oneprice.quotes;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as the token says: quotes and verifications record it; a request body can never set it. */
@RequestScoped
public class Callers {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String current() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String subject = token == null ? null : token.getSubject();
        return subject != null && !subject.isBlank() ? subject : identity.getPrincipal().getName();
    }
}
