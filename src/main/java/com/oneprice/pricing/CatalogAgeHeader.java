package com.oneprice.pricing;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;

/** Tells a client of an answer computed from the snapshot how old the snapshot's catalog is, in seconds. */
public class CatalogAgeHeader {

    @Inject
    CatalogFreshness freshness;

    @ServerResponseFilter
    public void age(ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(AnsweredFromSnapshot.class)
                && response.getStatusInfo().getFamily() == jakarta.ws.rs.core.Response.Status.Family.SUCCESSFUL) {
            response.getHeaders().putSingle(CatalogFreshness.HEADER, freshness.age().toSeconds());
        }
    }
}
