package com.oneprice.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;

/** Bearer tokens signed with the test key (src/test/resources/test-keys), as an identity provider would issue. */
public final class Tokens {

    public static final String ISSUER = "oneprice-dev";

    private Tokens() {
    }

    public static String of(String role) {
        return of(role, role + "-1");
    }

    public static String of(String role, String subject) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(role)
                .expiresIn(Duration.ofHours(1)).sign();
    }

    /** As an identity provider issues it to one client of its realm: {@code aud} names whom it is meant for. */
    public static String forAudience(String audience, String role, String subject) {
        return Jwt.issuer(ISSUER).audience(audience).subject(subject).upn(subject).groups(role)
                .expiresIn(Duration.ofHours(1)).sign();
    }

    /** A token that was valid and expired an hour ago; nothing else wrong with it. */
    public static String expired(String role) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER).subject(role + "-1").upn(role + "-1").groups(role)
                .issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1))).sign();
    }

    /** Signed with another private key than the test key: the PEM file of a service's generated development key. */
    public static String signedWith(Path privateKey, String role, String subject) {
        try {
            return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(role).expiresIn(Duration.ofHours(1))
                    .sign(KeyUtils.decodePrivateKey(Files.readString(privateKey)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA private key: " + privateKey, e);
        }
    }

    public static String admin() {
        return of("pricing-admin", "admin-1");
    }

    public static String operator() {
        return of("operator", "operator-17");
    }

    public static String auditor() {
        return of("auditor", "auditor-1");
    }
}
