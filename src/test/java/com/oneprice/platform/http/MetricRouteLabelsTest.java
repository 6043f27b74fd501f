package com.oneprice.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The metric labels the service builds from its own beans cover the contract: read from the MetricLabels bean, so in
 * the test's JVM only, not against the packaged jar.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MetricRouteLabelsTest {

    @Inject
    MetricLabels labels;

    @Test
    void every_path_of_the_contract_is_a_label_of_its_own() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi",
                "openapi.yaml")));
        contract.get("paths").fieldNames().forEachRemaining(path -> assertEquals(path, labels.uri(path)));
    }
}
