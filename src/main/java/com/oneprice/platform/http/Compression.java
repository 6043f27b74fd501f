package com.oneprice.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Quarkus compresses answers of the media types in {@code quarkus.http.compress-media-types} with what the client
 * accepts (brotli, gzip, deflate). This keeps HTTP/1.1 answers below {@code pricing.http.compression.min-size}
 * uncompressed ({@code Content-Encoding: identity}, which Vert.x's HTTP/1.1 compressor takes as "leave it" and
 * removes), and tells caches that a compressible answer varies with {@code Accept-Encoding}. An answer of unknown
 * length (streamed) is compressed. Over HTTP/2 Vert.x would send the marker on to the client, so there every
 * compressible answer is compressed; HTTP/1.0 and HEAD answers are never compressed, and need no marker.
 */
@ApplicationScoped
class Compression {

    @Inject
    HttpConfig config;

    @ConfigProperty(name = "quarkus.http.compress-media-types")
    List<String> compressible;

    void install(@Observes Router router) {
        router.route().order(EdgeOrder.ANSWER_HEADERS).handler(context -> {
            context.addHeadersEndHandler(ignored -> decide(context));
            context.next();
        });
    }

    private void decide(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type == null || headers.contains(HttpHeaders.CONTENT_ENCODING) || compressible.stream()
                .noneMatch(t -> type.regionMatches(true, 0, t, 0, t.length()))) {
            return;
        }
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        HttpServerRequest request = context.request();
        if (length != null && Long.parseLong(length) < config.compression().minSize().asLongValue()
                && request.version() == HttpVersion.HTTP_1_1 && request.method() != HttpMethod.HEAD) {
            headers.set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        } else {
            headers.add(HttpHeaders.VARY, "Accept-Encoding");
        }
    }
}
