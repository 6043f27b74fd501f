package com.oneprice.platform.security;

import com.oneprice.platform.boot.PricingConfig;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * Reads of the catalog and of prices: any of the four roles, or anyone when the deployment switches public read
 * on ({@code pricing.public-read}). A runtime switch, which {@code @RolesAllowed} cannot express.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadAccess {

    Set<String> READERS = Set.of(Roles.ADMIN, Roles.OPERATOR, Roles.INTEGRATION, Roles.AUDITOR);

    @ReadAccess
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
    class Check {

        @Inject
        SecurityIdentity identity;

        @Inject
        PricingConfig config;

        @AroundInvoke
        Object check(InvocationContext invocation) throws Exception {
            if (!config.publicRead()) {
                if (identity.isAnonymous()) {
                    throw new UnauthorizedException();
                }
                if (READERS.stream().noneMatch(identity::hasRole)) {
                    throw new ForbiddenException();
                }
            }
            return invocation.proceed();
        }
    }
}
