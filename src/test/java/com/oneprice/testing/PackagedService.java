package com.oneprice.testing;

import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app, built by the package phase) as an operator starts it: its own JVM, its
 * own throw-away data directory and embedded PostgreSQL, free ports, settings from the environment. For the
 * integration tests ({@code *IT}), which Maven runs after packaging, that stop, kill or restart it or start it with
 * settings of their own; the HTTP suite's twins are started by {@code @QuarkusIntegrationTest} instead.
 */
public final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path output;
    private final long launched = System.nanoTime();
    private Duration readyAfter;
    public final URI api;
    public final URI management;

    private PackagedService(Process process, Path output, int port, int managementPort) {
        this.process = process;
        this.output = output;
        this.api = URI.create("http://127.0.0.1:" + port);
        this.management = URI.create("http://127.0.0.1:" + managementPort);
    }

    /**
     * Starts the service with {@code environment} added to this JVM's; does not wait for it. Its output and data
     * directory are in target/packaged-service/{@code name}, emptied first, unless {@code environment} names another
     * PRICING_DATA_DIR: that is how a service is started again on the data directory of one before it.
     */
    public static PackagedService launch(String name, Map<String, String> environment) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the integration tests run after ./mvnw package");
        }
        Path dir = Files.createDirectories(Path.of("target", "packaged-service")).resolve(name);
        deleteRecursively(dir);
        Files.createDirectories(dir);
        Path output = dir.resolve("output.log");
        int port = freePort();
        int managementPort = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort, "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("MP_JWT_") || key.startsWith("QUARKUS_")
                || key.startsWith("PRICING_"));
        builder.environment().put("PRICING_DATA_DIR", dir.resolve("data").toAbsolutePath().toString());
        builder.environment().putAll(environment);
        return new PackagedService(builder.start(), output, port, managementPort);
    }

    /** Starts the service and waits until its readiness check answers 200. */
    public static PackagedService start(String name, Map<String, String> environment)
            throws IOException, InterruptedException {
        PackagedService service = launch(name, environment);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.process.isAlive()) {
                throw new IllegalStateException("the service exited (" + service.process.exitValue() + "):\n"
                        + String.join("\n", service.output()));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(service.management.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    service.readyAfter = Duration.ofNanos(System.nanoTime() - service.launched);
                    return service;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        service.close();
        throw new IllegalStateException("the service was not ready within " + READY_TIMEOUT);
    }

    /** How long {@link #start} waited, from the JVM's launch to the first ready answer. */
    public Duration readyAfter() {
        return readyAfter;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** A request to the public port as the bearer of {@code token}, checked against the contract once installed. */
    public RequestSpecification as(String token) {
        return Api.as(token).baseUri("http://" + api.getHost()).port(api.getPort());
    }

    /** Waits for the service to exit by itself and answers its exit code. */
    public int exitCode(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the service still runs after " + within);
        }
        return process.exitValue();
    }

    /** Everything the service printed so far, a line each. */
    public List<String> output() throws IOException {
        return new ArrayList<>(Files.readAllLines(output));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: the JVM dies at once, without running a shutdown hook. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        exitCode(STOP_TIMEOUT);
    }

    /** An orderly stop (SIGTERM), as a process manager does it; answers the exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        return exitCode(STOP_TIMEOUT);
    }

    /** An orderly stop, or a SIGKILL if that takes longer than a minute. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
