package com.oneprice.catalog;

/** Fired once inside a catalog write's transaction, with its version; observers act once it has committed. */
public record CatalogChanged(long version) {
}
