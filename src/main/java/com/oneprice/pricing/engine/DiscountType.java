package com.oneprice.pricing.engine;

/** PERCENT off the price, an AMOUNT_OFF it, or a FIXED_PRICE instead of it (never raising it). */
public enum DiscountType { PERCENT, AMOUNT_OFF, FIXED_PRICE }
