package com.oneprice.platform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list; every list endpoint answers this object, never a bare array. */
public record Page<T>(
        List<T> items,
        @Schema(description = "zero-based page number (at most 10,000,000)", example = "0") int page,
        @Schema(description = "page size asked for (1-200)", example = "50") int size,
        @Schema(description = "number of items over all pages", example = "3") long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }
}
