package com.oneprice.platform.http;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * One deployment of the HTTP edge for the tests that need settings of their own, started once for all of them: TLS
 * (HTTP/2 by ALPN) beside plain HTTP, CORS for two origins, rate limits on with small buckets for anonymous callers
 * and auditors (other roles keep theirs, so the other tests here are never throttled), and client addresses taken
 * from {@code X-Forwarded-For}, as behind a proxy.
 */
public class EdgeProfile implements QuarkusTestProfile {

    static final String ALLOWED_ORIGIN = "https://clinic.example";
    static final String OTHER_ALLOWED_ORIGIN = "https://kiosk.clinic.example";
    static final int SMALL_BUCKET = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.tls.key-store.p12.path", "test-tls/localhost.p12"),
                Map.entry("quarkus.tls.key-store.p12.password", "test-only"),
                Map.entry("quarkus.http.insecure-requests", "enabled"),
                Map.entry("quarkus.http.test-ssl-port", "0"),
                Map.entry("pricing.http.cors.origins", ALLOWED_ORIGIN + "," + OTHER_ALLOWED_ORIGIN),
                Map.entry("pricing.http.cors.max-age", "PT10M"),
                Map.entry("pricing.http.rate-limit.enabled", "true"),
                Map.entry("pricing.http.rate-limit.anonymous.requests", Integer.toString(SMALL_BUCKET)),
                Map.entry("pricing.http.rate-limit.anonymous.per", "PT1H"),
                Map.entry("pricing.http.rate-limit.roles.auditor.requests", Integer.toString(SMALL_BUCKET)),
                Map.entry("pricing.http.rate-limit.roles.auditor.per", "PT1H"),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"));
    }
}
