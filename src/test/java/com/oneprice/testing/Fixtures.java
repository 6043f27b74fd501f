package com.oneprice.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Api.asAdmin;

/**
 * Catalog pieces created through the API for one test, with codes of their own, so tests neither depend on nor
 * disturb the demo data or each other.
 *
 * <p><b>Time.</b> The suite passes on any day: `.ci/run` runs it again with the whole JVM and its PostgreSQL moved
 * to other dates (libfaketime). So every class sharing the one test database keeps to this rule:
 * <ul>
 *   <li>data that must hold "now" is placed relative to the clock, as the helpers here do, and expectations about
 *       the demo catalog are read from its data ({@link #demoDay()}), never from a date computed apart from it;</li>
 *   <li>data at fixed dates is scoped to codes no other class reads: its own services, and for a promotion its own
 *       branch, service and channel too, because the verifier explains an amount with any promotion running at the
 *       moment that one or two parts of its scope exclude. Each fixed window is listed in `.ci/run`, which runs the
 *       suite once at an instant inside it.</li>
 * </ul>
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * The day the demo catalog was dated from when it was loaded (Moscow), read from its data: MRI-WEEK ran until
     * that day's midnight. A run that crosses midnight after the load keeps the demo's day, not the new one.
     */
    public static LocalDate demoDay() {
        String end = asAdmin().get("/promotions/MRI-WEEK").then().statusCode(200).extract().path("localWindow.to");
        return LocalDateTime.parse(end).toLocalDate();
    }

    /** A short suffix that makes codes and token subjects unique to one test. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An active branch; answers its ETag. */
    public static String branch(String code, String timezone, String currency) {
        return asAdmin().body("""
                {"code": "%s", "name": "Branch %s", "timezone": "%s", "currency": "%s", "active": true}
                """.formatted(code, code, timezone, currency)).post("/branches").then().statusCode(201)
                .extract().header("ETag");
    }

    public static void simpleService(String code) {
        asAdmin().body("""
                {"code": "%s", "name": "Service %s", "category": "dermatology", "kind": "SIMPLE"}
                """.formatted(code, code)).post("/services").then().statusCode(201);
    }

    /**
     * A price from the start of the day before yesterday (UTC), open-ended; {@code branch} null means network-wide.
     * Network and branch prices so start at the same instant, with no moment when only one of them existed.
     */
    public static void price(String service, String branch, String amount) {
        price(service, branch, amount, "RUB");
    }

    /** The same in {@code currency}; answers the entry's Location. */
    public static String price(String service, String branch, String amount, String currency) {
        return asAdmin().body("""
                {"service": "%s", %s "amount": {"amount": "%s", "currency": "%s"}, "validFrom": "%s"}
                """.formatted(service, branch == null ? "" : "\"branch\": \"" + branch + "\",", amount, currency,
                Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS))).post("/prices").then()
                .statusCode(201).extract().header("Location");
    }

    /** A running percent promotion on one service (from yesterday, for a month); answers its ETag. */
    public static String percentPromotion(String code, String service, String percent) {
        return percentPromotion(code, service, percent, Instant.now().plus(30, ChronoUnit.DAYS));
    }

    /** A percent promotion on one service, running from yesterday until {@code endsAt}; answers its ETag. */
    public static String percentPromotion(String code, String service, String percent, Instant endsAt) {
        return asAdmin().body(promotion(code, service, percent, endsAt))
                .post("/promotions").then().statusCode(201).extract().header("ETag");
    }

    /**
     * A percent promotion on one service under a name of its own (the one its sentences say), over [startsAt,
     * endsAt); answers its ETag.
     */
    public static String percentPromotion(String code, String name, String service, String percent,
                                          Instant startsAt, Instant endsAt) {
        return asAdmin().body(promotion(code, name, service, percent, startsAt, endsAt))
                .post("/promotions").then().statusCode(201).extract().header("ETag");
    }

    /** Ends the promotion now, as {@code token}'s subject would through the API. */
    public static void endPromotion(String token, String code, String service, String percent, String etag) {
        as(token).header("If-Match", etag)
                .body(promotion(code, service, percent, Instant.now().truncatedTo(ChronoUnit.SECONDS)))
                .put("/promotions/" + code).then().statusCode(200);
    }

    private static String promotion(String code, String service, String percent, Instant endsAt) {
        Instant startsAt = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return promotion(code, "Promotion " + code, service, percent, startsAt, endsAt);
    }

    private static String promotion(String code, String name, String service, String percent, Instant startsAt,
                                    Instant endsAt) {
        return """
                {"code": "%s", "name": "%s", "discount": {"type": "PERCENT", "value": "%s"},
                 "window": {"startsAt": "%s", "endsAt": "%s"},
                 "scope": {"branches": [], "services": ["%s"], "categories": [], "channels": []},
                 "priority": 0, "stackable": false}
                """.formatted(code, name, percent, startsAt, endsAt, service);
    }

    /** A POST /quotes body for one unit of {@code service}. */
    public static String quote(String branch, String channel, String service) {
        return """
                {"branch": "%s", "channel": "%s", "items": [{"service": "%s", "quantity": 1}]}
                """.formatted(branch, channel, service);
    }

    /** A POST /quotes/verify body presenting a quote code, optionally at another branch. */
    public static String verifyCode(String code, String branch) {
        return branch == null ? "{\"quoteCode\": \"" + code + "\"}"
                : "{\"quoteCode\": \"" + code + "\", \"branch\": \"" + branch + "\"}";
    }
}
