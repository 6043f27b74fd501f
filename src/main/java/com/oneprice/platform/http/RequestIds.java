package com.oneprice.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;
import java.util.regex.Pattern;

/** Accepts a caller's {@code X-Request-Id} (or makes one), logs with it, and echoes it on every answer. */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String PROPERTY = "oneprice.requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String id = acceptOrCreate(request.getHeaderString(HEADER));
        request.setProperty(PROPERTY, id);
        MDC.put("requestId", id);
    }

    /** The caller's id when it is fit to log and echo, otherwise a new one. */
    public static String acceptOrCreate(String given) {
        return given != null && ACCEPTABLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }

    public static String of(ContainerRequestContext request) {
        Object id = request == null ? null : request.getProperty(PROPERTY);
        return id == null ? (String) MDC.get("requestId") : id.toString();
    }
}
