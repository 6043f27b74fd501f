package com.oneprice.words;

import com.oneprice.platform.problems.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Content-Language} on every answer that carries human text (problems and {@link Spoken} answers): the
 * language is a function of the request's {@code Accept-Language} and the default, so it is the one the text was
 * written in.
 */
public class ContentLanguage {

    @ServerResponseFilter
    public void name(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof Problem || entity instanceof Spoken) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE,
                    Languages.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).tag());
        }
    }
}
