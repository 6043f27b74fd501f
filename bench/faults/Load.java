import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault suite's load: verify and quote clients on keep-alive HTTP/1.1 connections, each request with its own
 * X-Request-Id, until the stop file appears. It keeps what the service acknowledged (the request ids of verifications
 * answered 200, the codes of quotes answered 201) so that bench/faults/run can look for each in PostgreSQL, counts the
 * answers by kind and status (503 with and without Retry-After apart, problem types by name), and writes a timeline
 * per second and the transitions of the readiness and liveness probes; OUT_DIR/started appears once the clients run.
 * Run by the JDK's source launcher, or compiled once (bench/faults/run does):
 *
 *   java bench/faults/Load.java BASE_URL HEALTH_URL TOKEN RUN_ID OUT_DIR VERIFIERS QUOTERS STOP_FILE [quoted|price]
 *
 * HEALTH_URL is the health root (…/q/health). With {@code price}, verify asks for the price alone: nothing is logged,
 * so nothing is acknowledged as evidence (a baseline for what the verification log costs).
 * A connection the service closed or refused (it is being killed or restarted) is opened again after 50 ms; the
 * request in flight counts as a connection error, never as acknowledged.
 */
public class Load {

    static final int MAX_SECONDS = 3600;
    static final String VERIFY = """
            {"branch": "north", "channel": "PHONE", "items": [{"service": "MRI-KNEE", "quantity": 1}], \
            "quotedTotal": {"amount": "5000.00", "currency": "RUB"}}""";
    static final String PRICE = """
            {"branch": "north", "channel": "PHONE", "items": [{"service": "MRI-KNEE", "quantity": 1}]}""";
    static final String QUOTE = """
            {"branch": "central", "channel": "PHONE", "items": [{"service": "MRI-KNEE", "quantity": 1}]}""";
    static final Pattern TYPE = Pattern.compile("\"type\":\"urn:oneprice:problem:([a-z-]+)\"");

    /** Timeline columns, per second since the start. */
    enum Column { VERIFY_OK, VERIFY_503, QUOTE_OK, QUOTE_503, ERROR_5XX, OTHER, CONNECTION_ERROR }

    static volatile boolean stopping;
    static final long started = System.currentTimeMillis();
    static final AtomicLongArray timeline = new AtomicLongArray(MAX_SECONDS * Column.values().length);
    static final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    static final List<String> verified = new CopyOnWriteArrayList<>();
    static final List<String> quoted = new CopyOnWriteArrayList<>();
    static final List<String> readiness = new CopyOnWriteArrayList<>();
    static final List<String> liveness = new CopyOnWriteArrayList<>();

    public static void main(String... args) throws Exception {
        URI base = URI.create(args[0]);
        String health = args[1];
        String token = args[2];
        String run = args[3];
        Path out = Path.of(args[4]);
        int verifiers = Integer.parseInt(args[5]);
        int quoters = Integer.parseInt(args[6]);
        Path stopFile = Path.of(args[7]);
        boolean priceOnly = args.length > 8 && args[8].equals("price");
        Files.createDirectories(out);

        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < verifiers + quoters; i++) {
            boolean verifier = i < verifiers;
            String prefix = run + (verifier ? "-v" : "-q") + i + "-";
            Thread client = new Thread(() -> client(base, token, prefix, verifier, priceOnly), prefix);
            client.start();
            clients.add(client);
        }
        for (String check : List.of("ready", "live")) {
            Thread probe = new Thread(() -> probe(health + "/" + check, check.equals("ready") ? readiness : liveness),
                    check);
            probe.setDaemon(true);
            probe.start();
        }
        Files.writeString(out.resolve("started"), Long.toString(System.currentTimeMillis()));
        while (!Files.exists(stopFile)) {
            Thread.sleep(100);
        }
        stopping = true;
        for (Thread client : clients) {
            client.join();
        }

        Files.write(out.resolve("verified.ids"), verified);
        Files.write(out.resolve("quoted.codes"), quoted);
        Files.write(out.resolve("readiness.log"), readiness);
        Files.write(out.resolve("liveness.log"), liveness);
        try (PrintWriter lines = new PrintWriter(Files.newBufferedWriter(out.resolve("timeline.tsv")))) {
            lines.println("second\tverify_200\tverify_503\tquote_201\tquote_503\t5xx_not_503\tother\tconnection_errors");
            int seconds = (int) Math.min(MAX_SECONDS, (System.currentTimeMillis() - started) / 1000 + 1);
            for (int s = 0; s < seconds; s++) {
                StringBuilder line = new StringBuilder(Long.toString(started / 1000 + s));
                for (Column c : Column.values()) {
                    line.append('\t').append(timeline.get(s * Column.values().length + c.ordinal()));
                }
                lines.println(line);
            }
        }
        try (PrintWriter summary = new PrintWriter(Files.newBufferedWriter(out.resolve("counts.txt")))) {
            summary.println("start_ms " + started);
            new TreeMap<>(counts).forEach((key, n) -> summary.println(key + " " + n.sum()));
        }
    }

    static void client(URI base, String token, String prefix, boolean verifier, boolean priceOnly) {
        String path = verifier ? "/quotes/verify" : "/quotes";
        byte[] body = (verifier ? priceOnly ? PRICE : VERIFY : QUOTE).getBytes(StandardCharsets.UTF_8);
        String kind = verifier ? priceOnly ? "price" : "verify" : "quote";
        Http http = null;
        long n = 0;
        while (!stopping) {
            String id = prefix + (n++);
            try {
                if (http == null) {
                    http = new Http(base.getHost(), base.getPort());
                }
                Http.Answer answer = http.post(path, token, id, body);
                if (answer.close) {
                    http.close();
                    http = null;
                }
                record(kind, id, answer);
            } catch (IOException | RuntimeException e) {
                count(kind + " connection-error");
                tick(Column.CONNECTION_ERROR);
                if (http != null) {
                    http.close();
                    http = null;
                }
                sleep(50);
            }
        }
        if (http != null) {
            http.close();
        }
    }

    static void record(String kind, String id, Http.Answer answer) {
        int status = answer.status;
        boolean ok = kind.equals("quote") ? status == 201 : status == 200;
        if (ok) {
            if (kind.equals("verify")) {
                verified.add(id);
                tick(Column.VERIFY_OK);
            } else if (kind.equals("price")) {
                tick(Column.VERIFY_OK);
            } else {
                String location = answer.headers.getOrDefault("location", "");
                quoted.add(location.substring(location.lastIndexOf('/') + 1));
                tick(Column.QUOTE_OK);
            }
            count(kind + " " + status);
            return;
        }
        Matcher type = TYPE.matcher(answer.body);
        String problem = type.find() ? type.group(1) : "-";
        if (status == 503) {
            boolean retryAfter = answer.headers.containsKey("retry-after");
            count(kind + " 503 " + (retryAfter ? "retry-after" : "NO-RETRY-AFTER") + " " + problem);
            tick(kind.equals("quote") ? Column.QUOTE_503 : Column.VERIFY_503);
        } else {
            count(kind + " " + status + " " + problem);
            tick(status >= 500 ? Column.ERROR_5XX : Column.OTHER);
        }
    }

    /** A health check every 100 ms; its transitions, with the time, go to {@code transitions}. */
    static void probe(String url, List<String> transitions) {
        String last = "";
        while (!stopping) {
            String state;
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                state = Integer.toString(connection.getResponseCode());
                connection.disconnect();
            } catch (IOException e) {
                state = "down";
            }
            if (!state.equals(last)) {
                transitions.add(System.currentTimeMillis() + " " + state);
                last = state;
            }
            sleep(100);
        }
    }

    static void count(String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    static void tick(Column column) {
        int second = (int) ((System.currentTimeMillis() - started) / 1000);
        if (second < MAX_SECONDS) {
            timeline.incrementAndGet(second * Column.values().length + column.ordinal());
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One keep-alive HTTP/1.1 connection: enough of the protocol for the service's answers. */
    static final class Http {
        record Answer(int status, Map<String, String> headers, String body, boolean close) {
        }

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final String host;

        Http(String host, int port) throws IOException {
            this.host = host + ":" + port;
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), 1000);
            socket.setSoTimeout(60_000);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }

        Answer post(String path, String token, String requestId, byte[] body) throws IOException {
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nX-Request-Id: " + requestId + "\r\nContent-Length: "
                    + body.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("connection closed before an answer");
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new TreeMap<>();
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(), header.substring(colon + 1).trim());
            }
            byte[] content;
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().trim(), 16); size > 0;
                     size = Integer.parseInt(line().trim(), 16)) {
                    chunks.write(in.readNBytes(size));
                    line();
                }
                line();
                content = chunks.toByteArray();
            } else {
                int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
                content = in.readNBytes(length);
                if (content.length < length) {
                    throw new IOException("connection closed in the middle of an answer");
                }
            }
            return new Answer(status, headers, new String(content, StandardCharsets.UTF_8),
                    "close".equalsIgnoreCase(headers.get("connection")));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) c);
            }
            return line.length() == 0 ? null : line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing what is already broken
            }
        }
    }
}
