import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Prints a development bearer token that a pricing service using the same data directory accepts: RS256, signed
 * with the key the service generated in {@code <data-dir>/keys/dev-signing-key.pem}. Plain JDK only, so that a
 * machine with nothing but a JDK can run it: {@code java bin/DevToken.java ROLE [SUBJECT]}.
 *
 * <p>Environment: {@code PRICING_DATA_DIR} (default {@code ./data}), {@code PRICING_JWT_ISSUER} (default
 * {@code oneprice-dev}), {@code DEV_TOKEN_TTL} in seconds (default 43200, 12 hours).
 */
public final class DevToken {

    private static final List<String> ROLES = List.of("pricing-admin", "operator", "integration", "auditor");
    private static final int USAGE = 2;

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            fail("usage: dev-token ROLE [SUBJECT]   (ROLE: " + String.join(", ", ROLES) + ")");
        }
        String role = args[0];
        if (!ROLES.contains(role)) {
            fail("dev-token: unknown role '" + role + "'; use one of: " + String.join(", ", ROLES));
        }
        String subject = args.length == 2 ? args[1] : "dev-" + role;
        if (subject.isBlank()) {
            fail("dev-token: the subject must not be blank");
        }
        String issuer = env("PRICING_JWT_ISSUER", "oneprice-dev");
        long ttl = ttlSeconds();
        Path keyFile = Path.of(env("PRICING_DATA_DIR", "./data"), "keys", "dev-signing-key.pem")
                .toAbsolutePath().normalize();
        if (!Files.isReadable(keyFile)) {
            fail("dev-token: no development signing key at " + keyFile + "\n"
                    + "start the service once first (it generates the key in its data directory), "
                    + "or set PRICING_DATA_DIR to that service's data directory");
        }
        PrivateKey key = readPrivateKey(keyFile);

        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":" + json(issuer)
                + ",\"sub\":" + json(subject)
                + ",\"upn\":" + json(subject)
                + ",\"groups\":[" + json(role) + "]"
                + ",\"iat\":" + now
                + ",\"exp\":" + (now + ttl)
                + ",\"jti\":" + json(UUID.randomUUID().toString()) + "}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + base64Url(rsa.sign()));
    }

    private static PrivateKey readPrivateKey(Path file) throws Exception {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            fail("dev-token: " + file + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException | java.security.spec.InvalidKeySpecException e) {
            fail("dev-token: " + file + " does not hold a readable RSA private key: " + e.getMessage());
            throw new AssertionError(e);
        }
    }

    private static long ttlSeconds() {
        String value = env("DEV_TOKEN_TTL", "43200");
        try {
            long ttl = Long.parseLong(value.trim());
            if (ttl > 0) {
                return ttl;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        fail("dev-token: DEV_TOKEN_TTL must be a positive number of seconds, not '" + value + "'");
        return 0;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A JSON string literal; subjects come from the command line and may hold quotes or backslashes. */
    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(USAGE);
    }
}
