package com.oneprice.platform.http;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.problems.ProblemType;
import com.oneprice.words.Text;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.vertx.core.Context;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingOptions;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;

/**
 * Requests that Netty could not decode — a request line longer than
 * {@code quarkus.http.limits.max-initial-line-length} (414), headers beyond {@code quarkus.http.limits.max-header-size}
 * (431), a malformed line or header (400) — are answered problem+json, not with Vert.x's empty body or a silently
 * closed connection.
 *
 * <p>Vert.x hands such a request to the HTTP connection's invalid-request handler instead of the router, and Quarkus
 * gives no way to set that handler on its server. The one call Vert.x makes on every request before it picks the
 * handler is its tracer's {@code receiveRequest}; this tracer traces nothing and, for a request that failed to
 * decode, points that connection's invalid-request handler here. It relies on Vert.x 4's internal
 * {@link HttpServerConnection}; {@code InvalidRequestsTest} says when an upgrade breaks it.
 */
@ApplicationScoped
class InvalidRequests implements VertxOptionsCustomizer {

    @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096")
    int maxLineLength;

    @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K")
    String maxHeaderSize;

    @Override
    public void accept(VertxOptions options) {
        VertxTracer<Void, Void> tracer = new VertxTracer<>() {
            @Override
            public <R> Void receiveRequest(Context context, SpanKind kind, TracingPolicy policy, R request,
                                           String operation, Iterable<Map.Entry<String, String>> headers,
                                           TagExtractor<R> tagExtractor) {
                if (request instanceof HttpServerRequest http && http.decoderResult().isFailure()
                        && http.connection() instanceof HttpServerConnection connection) {
                    connection.invalidRequestHandler(InvalidRequests.this::answer);
                }
                return null;
            }
        };
        options.setTracingOptions(new TracingOptions().setFactory(ignored -> tracer));
    }

    private void answer(HttpServerRequest request) {
        EdgeAnswers.refuseAndClose(request, refusal(request.decoderResult()), null);
    }

    private ApiException refusal(DecoderResult result) {
        if (result.cause() instanceof TooLongHttpLineException) {
            return new ApiException(ProblemType.URI_TOO_LONG, Text.of("problem.uri-too-long.detail", maxLineLength),
                    List.of());
        }
        if (result.cause() instanceof TooLongHttpHeaderException) {
            return new ApiException(ProblemType.HEADERS_TOO_LARGE,
                    Text.of("problem.headers-too-large.detail", maxHeaderSize), List.of());
        }
        return new ApiException(ProblemType.BAD_REQUEST, Text.of("problem.unreadable-request"), List.of());
    }
}
