package com.oneprice.platform.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The development signing key: an RSA pair generated on first start in the data directory, so that a fresh
 * machine can mint tokens ({@code bin/dev-token}) that this instance trusts. Production configures its identity
 * provider's key instead and this class is never used.
 */
public final class DevSigningKey {

    public static final String PRIVATE_KEY_FILE = "dev-signing-key.pem";
    public static final String PUBLIC_KEY_FILE = "dev-signing-key.pub.pem";

    private DevSigningKey() {
    }

    /** Returns the public key file in {@code keyDir}, generating the pair when absent. */
    public static Path ensure(Path keyDir) {
        Path privateKey = keyDir.resolve(PRIVATE_KEY_FILE);
        Path publicKey = keyDir.resolve(PUBLIC_KEY_FILE);
        try {
            if (Files.exists(privateKey) && Files.exists(publicKey)) {
                return publicKey;
            }
            Files.createDirectories(keyDir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            try {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the key stays readable as the directory allows
            }
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return publicKey;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the development signing key to " + keyDir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available in this JDK", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
