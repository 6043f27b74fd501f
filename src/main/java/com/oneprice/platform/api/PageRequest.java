package com.oneprice.platform.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.function.Function;

/** Paging parameters, parsed the same way on every list endpoint. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** So that page × size always fits the offset. */
    public static final int MAX_PAGE = 10_000_000;

    public static PageRequest parse(String page, String size) {
        return new PageRequest(Params.integer("page", page, 0, 0, MAX_PAGE),
                Params.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    public int offset() {
        return page * size;
    }

    /** This page of {@code query}'s rows, each as {@code view}, with the count of all its rows. */
    public <E, T> Page<T> read(PanacheQuery<E> query, Function<? super E, T> view) {
        return Page.of(query.page(page, size).list().stream().map(view).toList(), this, query.count());
    }
}
