package com.oneprice.catalog;

/** Fired inside a catalog write's transaction; observers act once it has committed. */
public record CatalogChanged(long version) {
}
