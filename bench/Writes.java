import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catalog writes against a running service, one after another: each schedules a new price (POST /prices) for a random
 * service S1..S{SERVICES} at a random branch b1..b{BRANCHES} of the bench catalog, from an instant after every
 * earlier write's (in the 2080s, so no promotion runs then and the effective price is the amount written), so each
 * write closes the open entry of that price history, as an administrator's edit does.
 *
 *   java bench/Writes.java latency NAME BASE ADMIN_TOKEN SERVICES BRANCHES WARMUP COUNT
 *       WARMUP writes, then COUNT writes timed one by one: p50, p99, max, and the time the first 100 took.
 *   java bench/Writes.java propagation NAME BASE BASE_B ADMIN_TOKEN OPERATOR_TOKEN SERVICES BRANCHES WARMUP COUNT
 *       WARMUP, then COUNT writes to BASE; after each is answered, GET /prices/effective on BASE_B until it answers
 *       the new amount: the delay from the write's answer to the second instance's, p50, p99, max. The warm-up
 *       writes are watched the same way, so that the second instance's first answers (the JIT compiling its HTTP
 *       path) are not taken for the delay of following the write.
 *   java bench/Writes.java stream NAME BASE ADMIN_TOKEN SERVICES BRANCHES SECONDS
 *       one write a second for SECONDS (the load under which verify is measured again).
 *
 * Prints one line: KIND NAME n N p50-ms X p99-ms Y max-ms Z [first100-s S] failed F; exits 1 if a write failed.
 */
public class Writes {

    private static final Instant EPOCH = Instant.parse("2080-01-01T00:00:00Z");
    private static final Pattern TOTAL = Pattern.compile("\"total\":\\{\"amount\":\"([0-9.]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random();
    private final String base;
    private final String token;
    private final int services;
    private final int branches;
    private long lastMillis;
    private int failed;

    private Writes(String base, String token, int services, int branches) {
        this.base = base;
        this.token = token;
        this.services = services;
        this.branches = branches;
    }

    /** What one write scheduled, and when its answer came. */
    record Written(String service, String branch, String amount, Instant from, long answeredNanos, double millis) {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "";
        switch (mode) {
            case "latency" -> {
                Writes writes = new Writes(args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
                for (int i = 0, n = Integer.parseInt(args[6]); i < n; i++) {
                    writes.write();
                }
                int count = Integer.parseInt(args[7]);
                List<Double> millis = new ArrayList<>();
                long started = System.nanoTime();
                double first100 = 0;
                for (int i = 0; i < count; i++) {
                    millis.add(writes.write().millis());
                    if (i == 99) {
                        first100 = (System.nanoTime() - started) / 1e9;
                    }
                }
                writes.report("WRITE", args[1], millis, String.format(Locale.ROOT, " first100-s %.2f", first100));
            }
            case "propagation" -> {
                Writes writes = new Writes(args[2], args[4], Integer.parseInt(args[6]), Integer.parseInt(args[7]));
                for (int i = 0, n = Integer.parseInt(args[8]); i < n; i++) {
                    Written written = writes.write();
                    if (written != null) {
                        writes.seenBy(args[3], args[5], written);
                    }
                }
                List<Double> delays = new ArrayList<>();
                for (int i = 0, n = Integer.parseInt(args[9]); i < n; i++) {
                    Written written = writes.write();
                    if (written != null) {
                        delays.add(writes.seenBy(args[3], args[5], written));
                    }
                }
                writes.report("PROPAGATION", args[1], delays, "");
            }
            case "stream" -> {
                Writes writes = new Writes(args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
                List<Double> millis = new ArrayList<>();
                long started = System.nanoTime();
                for (int i = 0, n = Integer.parseInt(args[6]); i < n; i++) {
                    long due = started + i * 1_000_000_000L;
                    Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                    Written written = writes.write();
                    if (written != null) {
                        millis.add(written.millis());
                    }
                }
                writes.report("STREAM", args[1], millis, "");
            }
            default -> {
                System.err.println("usage: see the comment at the top of bench/Writes.java");
                System.exit(2);
            }
        }
    }

    /** One POST /prices; null (and counted) when it was not answered 201. */
    private Written write() throws IOException, InterruptedException {
        String service = "S" + (1 + random.nextInt(services));
        String branch = "b" + (1 + random.nextInt(branches));
        long now = Math.max(System.currentTimeMillis(), lastMillis + 1);
        lastMillis = now;
        Instant from = EPOCH.plusMillis(now);
        String amount = String.format(Locale.ROOT, "%d.%02d", 1000 + (now / 100) % 900_000, now % 100);
        String body = String.format("{\"service\": \"%s\", \"branch\": \"%s\", \"amount\": {\"amount\": \"%s\", "
                + "\"currency\": \"RUB\"}, \"validFrom\": \"%s\"}", service, branch, amount, from);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/prices"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long answered = System.nanoTime();
        if (response.statusCode() != 201) {
            failed++;
            System.err.println("write answered " + response.statusCode() + ": " + response.body());
            return null;
        }
        return new Written(service, branch, amount, from, answered, (answered - started) / 1e6);
    }

    /** Milliseconds from the write's answer until {@code other} prices its history at the new amount (10 s at most). */
    private double seenBy(String other, String operatorToken, Written written) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(other + "/prices/effective?branch=" + written.branch()
                        + "&service=" + written.service() + "&at=" + written.from()))
                .header("Authorization", "Bearer " + operatorToken).GET().build();
        long deadline = written.answeredNanos() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            Matcher total = TOTAL.matcher(body);
            if (total.find() && total.group(1).equals(written.amount())) {
                return (System.nanoTime() - written.answeredNanos()) / 1e6;
            }
            Thread.sleep(1);
        }
        failed++;
        System.err.println("the second instance did not answer " + written + " within 10 s");
        return 10_000;
    }

    private void report(String kind, String name, List<Double> millis, String extra) {
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%s %s n %d p50-ms %.1f p99-ms %.1f max-ms %.1f%s failed %d%n", kind, name,
                sorted.size(), percentile(sorted, 50), percentile(sorted, 99),
                sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1), extra, failed);
        if (failed > 0) {
            System.exit(1);
        }
    }

    /** The nearest-rank percentile. */
    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
