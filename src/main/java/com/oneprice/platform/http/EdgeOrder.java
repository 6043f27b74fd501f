package com.oneprice.platform.http;

/**
 * Where the service's handlers at the HTTP edge run among Quarkus's own, as Vert.x route orders (lower runs first).
 * Quarkus puts its security filters at minus their priority: CORS at -300 (its own filter is off, {@link Cors} takes
 * the place), authentication at -200 (proactive: a token that does not verify is refused there), authorization at
 * -100; then its body-size check at -2 and the resources at the default order.
 */
final class EdgeOrder {

    /** Before every failure handler of Quarkus, which answer with empty bodies or its own error pages. */
    static final int FAILURES = -1000;
    static final int CORS = -300;
    /** After authentication, so the caller is known; before anything reads the body. */
    static final int ANONYMOUS_WRITES = -150;
    static final int RATE_LIMITS = -90;
    static final int BODIES = -50;
    static final int ANSWER_HEADERS = -40;

    private EdgeOrder() {
    }
}
