package com.oneprice.platform.http;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.boot.PricingConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * An anonymous caller is refused a write with 401 before its body is read or parsed: every write needs a token,
 * except verify without a quote code when the deployment switches public read on (and only the body says whether
 * it has a code, so there the resource decides). A token that does not verify never gets this far: proactive
 * authentication refuses it first. Reads carry no body, and their resources refuse anonymous callers themselves.
 */
@ApplicationScoped
class AnonymousWrites {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final String VERIFY = "/quotes/verify";

    @Inject
    PricingConfig config;

    void install(@Observes Router router) {
        router.route().order(EdgeOrder.ANONYMOUS_WRITES).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (WRITES.contains(context.request().method()) && identity(context) == null
                && !(config.publicRead() && VERIFY.equals(context.normalizedPath()))) {
            EdgeAnswers.refuse(context.request(), ApiException.unauthenticated(),
                    EdgeAnswers.instance(context.request()));
        } else {
            context.next();
        }
    }

    /** The caller proactive authentication found, or null for an anonymous one. */
    static SecurityIdentity identity(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return user.getSecurityIdentity();
        }
        return null;
    }
}
