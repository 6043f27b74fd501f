package com.oneprice.pricing.engine;

import java.time.Duration;

/**
 * Bounds of the search for cheaper alternatives, so that every price answer can afford it: how far ahead this branch
 * is looked at, and how many other branches are priced at most. A horizon of zero or less, or no branches, turns that
 * half off.
 */
public record AlternativeOptions(Duration horizon, int branches) {

    public static AlternativeOptions defaults() {
        return new AlternativeOptions(Duration.ofDays(14), 5);
    }
}
