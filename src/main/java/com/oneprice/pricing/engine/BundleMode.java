package com.oneprice.pricing.engine;

public enum BundleMode { SUM, SUM_MINUS_PERCENT, FIXED }
