package com.oneprice.platform.boot;

import com.oneprice.words.Language;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The service's own settings ({@code pricing.*}); Quarkus settings keep their usual names. */
@ConfigMapping(prefix = "pricing")
public interface PricingConfig {

    /** Holds the embedded database and the development signing key (read by PricingMain before start too). */
    @WithDefault("./data")
    String dataDir();

    /** Lets anonymous callers read the catalog and prices and verify without a quote code. */
    @WithDefault("false")
    boolean publicRead();

    /** Remembers verified tokens (by hash) until they expire, at most 5 minutes, instead of re-checking each use. */
    @WithDefault("true")
    boolean tokenCache();

    /** Loads the demo clinic network into an empty database at start. */
    @WithDefault("true")
    boolean demoData();

    /** Rounding increment per currency, e.g. {@code pricing.rounding.RUB=1} for whole roubles. */
    Map<String, BigDecimal> rounding();

    Verification verification();

    Messages messages();

    interface Messages {
        /** The language of answers to a caller whose {@code Accept-Language} names none the API speaks (en, ru). */
        @WithDefault("en")
        Language defaultLanguage();
    }

    Auth auth();

    interface Auth {
        /**
         * Lets the service start with an external identity provider and no required audience, accepting tokens the
         * provider issued to any of its clients (read by PricingMain before start, see TokenAudience).
         */
        @WithDefault("false")
        boolean unsafeAcceptAnyAudience();
    }

    Alternatives alternatives();

    Quotes quotes();

    Snapshot snapshot();

    EmbeddedDatabase embeddedDatabase();

    interface Snapshot {
        /**
         * How long prices and verify keep answering from the last catalog snapshot while the database cannot confirm
         * it is current; past this they answer 503 rather than an old price.
         */
        @WithDefault("PT5M")
        Duration maxStaleness();
    }

    interface EmbeddedDatabase {
        /**
         * How long the embedded PostgreSQL may stay down, while the service keeps restarting it, before liveness
         * reports DOWN so that an orchestrator restarts the whole service.
         */
        @WithDefault("PT60S")
        Duration maxDowntime();
    }

    interface Quotes {
        /** How long a quote is honoured after it is issued. */
        @WithDefault("P7D")
        Duration validity();

        /**
         * HONOUR_VALID_QUOTES: an unexpired issued quote is honoured at its own branch (the lower of quoted and
         * current); LIST_PRICE: never.
         */
        @WithDefault("HONOUR_VALID_QUOTES")
        HonourPolicy honourPolicy();

        /** How long an Idempotency-Key is remembered; at least 24 hours (shorter values are raised to that). */
        @WithDefault("PT48H")
        Duration idempotencyRetention();
    }

    enum HonourPolicy { HONOUR_VALID_QUOTES, LIST_PRICE }

    /** Bounds of the cheaper alternatives every price answer may carry. */
    interface Alternatives {
        /** How far after the moment priced an answer looks for a cheaper moment at the same branch; P0D: never. */
        @WithDefault("P14D")
        Duration horizon();

        /** How many other active branches an answer prices at most, those in its time zone first; 0: none. */
        @WithDefault("5")
        int branches();
    }

    interface Verification {
        /** How far back the search for an explanation of a quoted amount looks. */
        @WithDefault("P180D")
        Duration lookback();

        /** Bound on the line pricings of the search (single causes and pairs alike), so verify stays fast. */
        @WithDefault("200")
        int maxCandidates();

        Spool spool();

        /** Where acknowledged verifications wait for the database: a local, fsync'd, bounded spool. */
        interface Spool {
            /** Default: {@code <data-dir>/spool/verifications}. One per instance: a second one is refused. */
            Optional<String> directory();

            /** When the spool holds this much, verify with a quoted amount or a code answers 503. */
            @WithDefault("1G")
            MemorySize maxSize();
        }
    }
}
