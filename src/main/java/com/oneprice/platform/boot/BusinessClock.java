package com.oneprice.platform.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Business time: the one {@link Clock} that says what "now" is for pricing, quotes, verification, reports, the
 * catalog and its audit. Everything that needs the current moment injects it; nothing reads {@code Instant.now()}
 * or the database's {@code now()} for it. It is the system clock in UTC; tests and the shifted CI runs move the
 * whole process (and its PostgreSQL) to another date with libfaketime, so they exercise this same clock.
 */
@ApplicationScoped
public class BusinessClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
