package com.oneprice.pricing.engine;

public enum ServiceKind { SIMPLE, BUNDLE }
