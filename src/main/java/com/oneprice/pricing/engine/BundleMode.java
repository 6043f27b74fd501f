package com.oneprice.pricing.engine;

/** How a bundle is priced: the sum of its components, that sum less a percentage, or its own price entries. */
public enum BundleMode { SUM, SUM_MINUS_PERCENT, FIXED }
