package com.oneprice.platform.boot;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With an external identity provider the service starts only when an audience is required, or when told not to. */
class TokenAudienceTest {

    @Test
    void an_external_provider_without_an_audience_is_refused_naming_both_ways_out() {
        String refusal = TokenAudience.refusal(true, null, false).orElseThrow();
        assertThat(refusal, containsString("mp.jwt.verify.audiences (MP_JWT_VERIFY_AUDIENCES)"));
        assertThat(refusal, containsString("pricing.auth.unsafe-accept-any-audience=true"));
    }

    @Test
    void a_blank_audience_is_no_audience() {
        assertTrue(TokenAudience.refusal(true, " ", false).isPresent());
    }

    @Test
    void an_external_provider_with_an_audience_starts_without_a_warning() {
        assertTrue(TokenAudience.refusal(true, "pricing-api", false).isEmpty());
        assertTrue(TokenAudience.warning(true, "pricing-api", false).isEmpty());
    }

    @Test
    void the_unsafe_setting_lets_it_start_and_is_warned_about() {
        assertTrue(TokenAudience.refusal(true, null, true).isEmpty());
        assertThat(TokenAudience.warning(true, null, true).orElseThrow(), containsString("any audience"));
    }

    @Test
    void the_development_key_needs_no_audience() {
        assertTrue(TokenAudience.refusal(false, null, false).isEmpty());
        assertTrue(TokenAudience.warning(false, null, false).isEmpty());
    }
}
