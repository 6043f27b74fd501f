package com.oneprice.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The management interface (health, metrics) of the service under test on a free port picked here, told to both
 * sides: the service listens there, and {@code @TestHTTPResource(management = true)} points there. A packaged jar
 * under test ({@code *IT}) would otherwise take its production port, 9000, and Quarkus finds the port a jar was given
 * by its log for the HTTP port only. It registers itself, like {@link TestIdentityProvider}.
 */
@QuarkusTestResource(TestManagementPort.class)
public class TestManagementPort implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String port = Integer.toString(freePort());
        return Map.of("quarkus.management.port", port, "quarkus.management.test-port", port);
    }

    @Override
    public void stop() {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
