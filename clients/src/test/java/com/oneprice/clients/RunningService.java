package com.oneprice.clients;

import java.util.UUID;

/** The service clients/run-flows started: its base URL and an operator's token, from system properties. */
final class RunningService {

    private RunningService() {
    }

    static String url() {
        return property("oneprice.url");
    }

    static String operatorToken() {
        return property("oneprice.token.operator");
    }

    /** An Idempotency-Key of this run, as a CRM would derive one from its call id. */
    static String idempotencyKey() {
        return "flow-" + UUID.randomUUID();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(name + " is not set: run the flows with clients/run-flows, which starts "
                    + "the packaged service and passes its URL and tokens");
        }
        return value;
    }
}
