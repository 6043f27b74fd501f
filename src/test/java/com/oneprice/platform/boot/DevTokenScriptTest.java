package com.oneprice.platform.boot;

import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static com.oneprice.testing.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bin/DevToken.java, run as a developer runs it (the JDK's source launcher), signing with a data directory whose
 * key is the test key, so the service under test must accept what it prints.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DevTokenScriptTest {

    static final Path dataDir = Path.of("target", "dev-token-data").toAbsolutePath();

    @BeforeAll
    static void a_data_directory_holding_the_test_key() throws IOException {
        Files.createDirectories(dataDir.resolve("keys"));
        Files.copy(Path.of("src/test/resources/test-keys/private.pem"),
                dataDir.resolve("keys").resolve(DevSigningKey.PRIVATE_KEY_FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void the_service_accepts_a_dev_token_and_reads_its_role_and_subject() throws Exception {
        Run run = devToken(Map.of(), "operator", "desk-7");
        assertEquals(0, run.exitCode, run.stderr);
        String token = run.stdout.strip();
        as(token).get("/branches").then().statusCode(200).body("items.code", hasItems("central", "north", "east"));
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        for (String claim : List.of("\"iss\":\"oneprice-dev\"", "\"sub\":\"desk-7\"", "\"upn\":\"desk-7\"",
                "\"groups\":[\"operator\"]", "\"jti\":\"")) {
            assertThat(claims, containsString(claim));
        }
    }

    @Test
    void the_subject_defaults_to_dev_and_the_role() throws Exception {
        Run run = devToken(Map.of("DEV_TOKEN_TTL", "60"), "auditor");
        String claims = new String(Base64.getUrlDecoder().decode(run.stdout.strip().split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(claims, containsString("\"sub\":\"dev-auditor\""));
        long iat = Long.parseLong(claims.replaceAll(".*\"iat\":(\\d+).*", "$1"));
        long exp = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
        assertEquals(60, exp - iat);
    }

    @Test
    void an_unknown_role_is_refused_with_exit_code_2() throws Exception {
        Run run = devToken(Map.of(), "root");
        assertEquals(2, run.exitCode);
        assertThat(run.stdout, is(emptyString()));
        assertThat(run.stderr, containsString("unknown role 'root'"));
    }

    @Test
    void a_missing_key_is_refused_with_exit_code_2_and_a_hint() throws Exception {
        Run run = devToken(Map.of("PRICING_DATA_DIR", dataDir.resolve("nowhere").toString()), "operator");
        assertEquals(2, run.exitCode);
        assertThat(run.stderr, containsString("start the service once first"));
    }

    record Run(int exitCode, String stdout, String stderr) {
    }

    /** Runs bin/DevToken.java on this class's data directory, or on the one {@code env}'s PRICING_DATA_DIR names. */
    static Run devToken(Map<String, String> env, String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "bin/DevToken.java"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("PRICING_JWT_ISSUER");
        builder.environment().put("PRICING_DATA_DIR", dataDir.toString());
        builder.environment().putAll(env);
        Files.createDirectories(dataDir);
        Path out = Files.createTempFile(dataDir, "out", ".txt");
        Path err = Files.createTempFile(dataDir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "DevToken finishes within a minute");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
