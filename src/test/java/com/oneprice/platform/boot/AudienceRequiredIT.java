package com.oneprice.platform.boot;

import com.oneprice.testing.PackagedService;
import com.oneprice.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The packaged service, pointed at an external identity provider's key and given no audience, does not start, unless
 * the setting named as unsafe says it may.
 */
class AudienceRequiredIT {

    static final String TEST_KEY = Path.of("src/test/resources/test-keys/public.pem").toAbsolutePath().toUri()
            .toString();

    @Test
    void an_external_provider_without_an_audience_stops_the_start_with_one_clear_message() throws Exception {
        String realm = "https://sso.example.com/realms/clinics";
        try (PackagedService service = PackagedService.launch("no-audience", Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", realm + "/protocol/openid-connect/certs",
                "MP_JWT_VERIFY_ISSUER", realm))) {
            assertEquals(1, service.exitCode(Duration.ofSeconds(60)));
            String output = String.join("\n", service.output());
            assertThat(output, containsString("pricing service not started: tokens come from an external identity "
                    + "provider"));
            assertThat(output, containsString("MP_JWT_VERIFY_AUDIENCES"));
            assertThat(output, containsString("pricing.auth.unsafe-accept-any-audience=true"));
            assertThat(output, not(containsString("Exception")));
            assertThat(output, not(containsString("\tat ")));
            assertFalse(Files.exists(Path.of("target", "packaged-service", "no-audience", "data", "postgres")),
                    "refused before it started a database");
        }
    }

    @Test
    void the_unsafe_setting_starts_it_accepting_any_audience_and_says_so() throws Exception {
        try (PackagedService service = PackagedService.start("any-audience", Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", TEST_KEY, "PRICING_AUTH_UNSAFE_ACCEPT_ANY_AUDIENCE", "true"))) {
            HttpResponse<String> branches = service.send(HttpRequest.newBuilder(service.api.resolve("/branches"))
                    .header("Authorization", "Bearer " + Tokens.forAudience("patient-portal", "operator", "p-1")));
            assertEquals(200, branches.statusCode(), branches.body());
            assertThat(String.join("\n", service.output()), containsString("tokens of any audience are accepted "
                    + "(pricing.auth.unsafe-accept-any-audience=true)"));
        }
    }
}
