package com.oneprice.platform.security;

import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import static com.oneprice.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The parser the token check uses remembers verified tokens until they expire, and nothing else. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Test
    void a_verified_token_is_remembered_and_another_is_verified_afresh() throws ParseException {
        String token = Tokens.of("operator", "cache-1");
        assertSame(parser.parse(token), parser.parse(token));
        assertNotSame(parser.parse(token), parser.parse(Tokens.of("operator", "cache-2")));
    }

    @Test
    void a_token_is_remembered_only_until_it_expires() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String token = Jwt.issuer(Tokens.ISSUER).subject("brief").groups("operator").issuedAt(now)
                .expiresAt(now + 2).sign();
        JsonWebToken first = parser.parse(token);
        assertSame(first, parser.parse(token));
        Thread.sleep(3_000);
        // Past its exp it is verified again (where smallrye-jwt's clock skew, not the cache, decides).
        assertNotSame(first, parser.parse(token));
    }

    @Test
    void a_token_with_a_changed_signature_is_not_taken_for_the_remembered_one() throws ParseException {
        String token = Tokens.of("pricing-admin", "cache-3");
        parser.parse(token);
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(ParseException.class, () -> parser.parse(forged));
        as(forged).get("/ping").then().statusCode(401);
    }
}
