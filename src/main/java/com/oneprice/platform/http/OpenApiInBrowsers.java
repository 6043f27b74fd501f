package com.oneprice.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /q/openapi} answers YAML as {@code application/yaml}, which a browser downloads instead of showing. A
 * browser asks for {@code text/html}; it gets the same document as {@code text/plain}, which it shows. Tools that ask
 * for YAML or JSON, or for nothing in particular, get what they always got.
 */
@ApplicationScoped
class OpenApiInBrowsers {

    static final String PATH = "/q/openapi";

    void install(@Observes Router router) {
        router.route(PATH).order(EdgeOrder.ANSWER_HEADERS).handler(context -> {
            context.response().headers().add(HttpHeaders.VARY, "Accept");
            String accept = context.request().getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.contains("text/html")) {
                context.addHeadersEndHandler(ignored -> showAsText(context));
            }
            context.next();
        });
    }

    private static void showAsText(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.startsWith("application/yaml")) {
            headers.set(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8").set("X-Content-Type-Options", "nosniff");
        }
    }
}
