package com.oneprice.pricing.engine;

/** A SIMPLE service is priced by its own entries; a BUNDLE is made of other services. */
public enum ServiceKind { SIMPLE, BUNDLE }
