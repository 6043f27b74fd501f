package com.oneprice.pricing.engine;

/** Where the customer asks: PHONE, WEB_CHAT, MOBILE_APP, KIOSK, CRM, FRONT_DESK, … */
public record Channel(String value) {
    public Channel {
        Codes.channel(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
