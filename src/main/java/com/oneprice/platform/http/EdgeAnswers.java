package com.oneprice.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.problems.Problem;
import com.oneprice.platform.http.ProblemMappers;
import com.oneprice.platform.http.RequestIds;
import com.oneprice.words.Language;
import com.oneprice.words.Languages;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;

/**
 * Refusals made before a resource runs, with the same problem+json document, request id and header field as the
 * refusals of the resources ({@link ProblemMappers}).
 */
final class EdgeAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EdgeAnswers() {
    }

    /**
     * Answers {@code refusal}. A body that is still arriving is let through unread (Vert.x discards it), as Quarkus
     * does for its own challenges, so the connection stays usable.
     */
    static void refuse(HttpServerRequest request, ApiException refusal, String instance) {
        send(request, refusal, instance).onComplete(done -> {
            if (!request.isEnded()) {
                request.resume();
            }
        });
    }

    /** Answers {@code refusal} and closes an HTTP/1 connection: for a body too large to let through. */
    static void refuseAndClose(HttpServerRequest request, ApiException refusal, String instance) {
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        if (http1) {
            request.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        send(request, refusal, instance).onComplete(done -> {
            if (http1) {
                request.connection().close();
            }
        });
    }

    private static Future<Void> send(HttpServerRequest request, ApiException refusal, String instance) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.headWritten()) {
            return Future.succeededFuture();
        }
        String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        int status = refusal.type().status();
        Language language = Languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = ProblemMappers.document(instance, requestId, status, refusal.type(),
                refusal.detail().in(language), refusal.errors(language), language);
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be written", e);
        }
        if (status == 401) {
            response.putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        return response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .end(body);
    }

    /** The path the problem is about, as the resources' problems name it. */
    static String instance(HttpServerRequest request) {
        return request.path();
    }
}
