package com.oneprice.platform.http;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * One deployment of the HTTP edge for the tests that need settings of their own, started once for all of them: TLS
 * (HTTP/2 by ALPN) beside plain HTTP.
 */
public class EdgeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.tls.key-store.p12.path", "test-tls/localhost.p12"),
                Map.entry("quarkus.tls.key-store.p12.password", "test-only"),
                Map.entry("quarkus.http.insecure-requests", "enabled"),
                Map.entry("quarkus.http.test-ssl-port", "0"));
    }
}
