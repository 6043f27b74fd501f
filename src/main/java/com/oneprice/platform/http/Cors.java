package com.oneprice.platform.http;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.problems.Excerpt;
import com.oneprice.platform.problems.ProblemType;
import com.oneprice.words.Text;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin calls from the sites of {@code pricing.http.cors.origins} (a chat widget, a price calculator), in
 * place of Quarkus's CORS filter. Every preflight answers the same fixed lists, so a browser asks once per URL and
 * {@code pricing.http.cors.max-age}, whichever headers a request adds (a token or not, If-None-Match or not). Answers
 * expose the headers a widget reads, and say {@code Vary: Origin}, because whether they allow the caller depends on
 * it. No credentials are allowed unless configured: bearer tokens are not credentials in the browser's sense.
 * A preflight from another origin is refused with 403; other requests from it are answered without CORS headers,
 * which the browser then keeps from the page.
 */
@ApplicationScoped
class Cors {

    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, If-Match, If-None-Match, "
            + "X-Request-Id, Accept-Language";
    static final String EXPOSED_HEADERS = "Idempotent-Replayed, ETag, Location, X-Request-Id, Retry-After, "
            + RateLimits.POLICY_HEADER + ", " + RateLimits.STATE_HEADER;
    private static final String ANY = "*";

    @Inject
    HttpConfig config;

    void install(@Observes Router router) {
        Set<String> origins = config.cors().origins().orElse(List.of()).stream().map(String::trim)
                .filter(o -> !o.isEmpty()).collect(Collectors.toUnmodifiableSet());
        if (!origins.isEmpty()) {
            router.route().order(EdgeOrder.CORS).handler(context -> answer(context, origins));
        }
    }

    private void answer(RoutingContext context, Set<String> origins) {
        HttpServerRequest request = context.request();
        MultiMap headers = context.response().headers();
        headers.add(HttpHeaders.VARY, "Origin");
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean allowed = origin != null && (origins.contains(origin) || origins.contains(ANY));
        if (request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            if (!allowed) {
                EdgeAnswers.refuse(request, new ApiException(ProblemType.ORIGIN_NOT_ALLOWED,
                        Text.of("problem.origin-not-allowed.detail", Excerpt.quoted(origin)), List.of()),
                        EdgeAnswers.instance(request));
                return;
            }
            allow(headers, origin);
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                    .set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                    .set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, Long.toString(config.cors().maxAge().toSeconds()));
            context.response().setStatusCode(204).end();
            return;
        }
        if (allowed) {
            allow(headers, origin);
            headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        }
        context.next();
    }

    private void allow(MultiMap headers, String origin) {
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        if (config.cors().allowCredentials()) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        }
    }
}
