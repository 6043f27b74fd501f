package com.oneprice.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.net.URL;
import java.util.Map;

/**
 * The identity provider of the tests: the service under test trusts the key that {@link Tokens} signs with
 * (src/test/resources/test-keys) and its issuer. The key is given as a file, not as a classpath resource, because a
 * packaged jar under test ({@code *IT}) holds no test resources. It registers itself: a {@code QuarkusTestResource}
 * that is not restricted to its class applies to every Quarkus test of the run.
 */
@QuarkusTestResource(TestIdentityProvider.class)
public class TestIdentityProvider implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        URL publicKey = TestIdentityProvider.class.getClassLoader().getResource("test-keys/public.pem");
        if (publicKey == null || !"file".equals(publicKey.getProtocol())) {
            throw new IllegalStateException("the test key is not a file on the test classpath: " + publicKey);
        }
        return Map.of(
                "mp.jwt.verify.publickey.location", publicKey.toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER,
                // the tests' tokens name no audience, like the development key's (TokenAudience)
                "pricing.auth.unsafe-accept-any-audience", "true");
    }

    @Override
    public void stop() {
    }
}
