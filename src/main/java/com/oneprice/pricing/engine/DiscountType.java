package com.oneprice.pricing.engine;

public enum DiscountType { PERCENT, AMOUNT_OFF, FIXED_PRICE }
