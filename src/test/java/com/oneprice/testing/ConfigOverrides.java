package com.oneprice.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A test profile that only sets configuration, as another deployment would. Quarkus starts the service anew for each
 * profile class, so each deployment tested gets a subclass of its own, named for what it sets, beside its tests.
 */
public abstract class ConfigOverrides implements QuarkusTestProfile {

    private final Map<String, String> overrides;

    protected ConfigOverrides(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    @Override
    public final Map<String, String> getConfigOverrides() {
        return overrides;
    }
}
