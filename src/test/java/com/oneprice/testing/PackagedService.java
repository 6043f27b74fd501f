package com.oneprice.testing;

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
 * integration tests ({@code *IT}), which Maven runs after packaging.
 */
public final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path output;
    public final URI api;
    public final URI management;

    private PackagedService(Process process, Path output, int port, int managementPort) {
        this.process = process;
        this.output = output;
        this.api = URI.create("http://127.0.0.1:" + port);
        this.management = URI.create("http://127.0.0.1:" + managementPort);
    }

    /** Starts the service with {@code environment} added to this JVM's; does not wait for it. */
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

    /** An orderly stop (SIGTERM), as a process manager does it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
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
