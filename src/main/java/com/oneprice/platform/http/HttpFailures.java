package com.oneprice.platform.http;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.http.ProblemMappers;
import com.oneprice.platform.problems.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.VertxException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Failures that reach the router rather than a resource's exception mappers: a token that does not verify (proactive
 * authentication refuses it before any resource), a body over the size limit, a request without a Host header, and
 * anything a handler before the resources fails with. Quarkus would answer them with an empty body or its own error
 * page; here they are problem+json like every refusal.
 */
@ApplicationScoped
class HttpFailures {

    private static final Logger LOG = Logger.getLogger(HttpFailures.class);

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(EdgeOrder.FAILURES).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (context.response().headWritten()) {
            // answered already (Quarkus REST ends a body over the limit itself); there is nothing left to say
            return;
        }
        ApiException refusal = refusal(context.failure(), context.statusCode());
        if (refusal.type().status() == 500) {
            LOG.errorf(context.failure(), "unexpected failure on %s %s",
                    ProblemMappers.printable(context.request().method().name()),
                    ProblemMappers.printable(String.valueOf(context.request().path())));
        }
        if (refusal.type().status() == 413) {
            EdgeAnswers.refuseAndClose(context.request(), refusal, EdgeAnswers.instance(context.request()));
        } else {
            EdgeAnswers.refuse(context.request(), refusal, EdgeAnswers.instance(context.request()));
        }
    }

    private ApiException refusal(Throwable failure, int status) {
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            return ApiException.unauthenticated();
        }
        if (failure instanceof ForbiddenException) {
            return ApiException.forbidden();
        }
        if (status == 413) {
            return BufferedBodies.tooLarge(maxBodySize);
        }
        if (status >= 400 && status < 500) {
            // Vert.x's own refusals (a missing Host header) say what is wrong, in words meant for the caller
            ProblemType type = ProblemType.ofStatus(status);
            return new ApiException(type, failure instanceof VertxException ? ApiException.english(failure.getMessage())
                    : type.title(), List.of());
        }
        return ApiException.internal();
    }
}
