package com.oneprice.platform.http;

import com.oneprice.catalog.branches.BranchResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A metric's uri label is a route template or a fixed word, whatever path the caller sent. */
class MetricLabelsTest {

    private final MetricLabels labels = new MetricLabels(List.of("/branches", "/branches/{code}",
            "/prices/{id: [0-9]+}", "/quotes/{code}/void"));

    @ParameterizedTest
    @ValueSource(strings = {"/branches", "/branches/{code}", "/quotes/{code}/void", "NOT_FOUND", "UNKNOWN"})
    void a_route_template_or_a_fixed_word_is_kept(String label) {
        assertEquals(label, labels.uri(label));
    }

    @Test
    void a_template_with_a_pattern_is_labelled_by_its_parameter_names() {
        assertEquals("/prices/{id}", labels.uri("/prices/{id: [0-9]+}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/branches/north", "/branches/a\0b", "/quotes/Q-7K2-M9X-QDY/void", "/branches/", "/x"})
    void a_path_a_caller_typed_becomes_unknown(String path) {
        assertEquals("UNKNOWN", labels.uri(path));
    }

    @Test
    void the_routes_of_a_resource_join_its_path_and_its_methods_paths() {
        assertEquals(Set.of("/branches", "/branches/{code}"),
                MetricLabels.routes(Stream.of(BranchResource.class)));
    }
}
