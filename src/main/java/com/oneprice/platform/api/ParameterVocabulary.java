package com.oneprice.platform.api;

import com.oneprice.pricing.engine.Codes;
import com.oneprice.pricing.engine.PriceRequest;

import java.util.Map;
import java.util.Optional;

/**
 * The path and query parameters of the API by name: each name means one thing on every operation that takes it, so
 * it has one schema in the contract (ContractFilter writes it wherever a resource did not type the parameter itself)
 * and one length bound, which {@code platform.http.StorableParameters} enforces. Resources take parameters as text and parse them
 * with {@link Params}, so that a bad value is a 400 naming the parameter; this is what the contract says of them.
 */
public final class ParameterVocabulary {

    /** The bound on any parameter not named here: none of their values comes near it. */
    public static final int MAX_LENGTH = 255;

    private static final String SLUG = "^" + Codes.CODE_PATTERN + "$";
    private static final String CHANNEL = "^" + Codes.CHANNEL_PATTERN + "$";

    /** What a parameter is: its JSON Schema type, format, bounds and default. Absent parts are null. */
    public record Term(String type, String format, Integer maxLength, String pattern, Long minimum, Long maximum,
                       Object defaultValue, String description) {

        static Term code(String description) {
            return new Term("string", null, 64, SLUG, null, null, null, description);
        }

        static Term text(int maxLength, String description) {
            return new Term("string", null, maxLength, null, null, null, null, description);
        }

        static Term moment(String description) {
            return new Term("string", "date-time", Moments.MAX_LENGTH, null, null, null, null, description);
        }

        static Term flag(String description) {
            return new Term("boolean", null, null, null, null, null, false, description);
        }

        static Term count(long minimum, long maximum, Long defaultValue, String description) {
            return new Term("integer", maximum > Integer.MAX_VALUE ? "int64" : "int32", null, null, minimum, maximum,
                    defaultValue, description);
        }

        /** The longest text the service takes for it. */
        public int lengthBound() {
            if (maxLength != null) {
                return maxLength;
            }
            return maximum == null ? MAX_LENGTH : Math.max(Long.toString(maximum).length(),
                    Long.toString(minimum).length());
        }
    }

    private static final Map<String, Term> TERMS = Map.ofEntries(
            Map.entry("page", Term.count(0, PageRequest.MAX_PAGE, 0L, "zero-based page number")),
            Map.entry("size", Term.count(1, PageRequest.MAX_SIZE, (long) PageRequest.DEFAULT_SIZE, "page size")),
            Map.entry("at", Term.moment("the moment the service is provided, ISO-8601 with offset (default now)")),
            Map.entry("from", Term.moment("start of the period, inclusive, ISO-8601 with offset")),
            Map.entry("to", Term.moment("end of the period, exclusive, ISO-8601 with offset; after `from`")),
            Map.entry("includeArchived", Term.flag("also list archived ones")),
            Map.entry("dryRun", Term.flag("check and answer what would happen, storing nothing")),
            Map.entry("code", Term.code("the code, a slug; compared regardless of case")),
            Map.entry("branch", Term.code("a branch code")),
            Map.entry("service", Term.code("a service code")),
            Map.entry("channel", new Term("string", null, 40, CHANNEL, null, null, null,
                    "the channel asking, UPPER_SNAKE_CASE (e.g. PHONE); absent = no channel")),
            Map.entry("category", Term.text(100, "a service category")),
            Map.entry("q", Term.text(100, "what the caller calls the service: words of its name, an alias or its "
                    + "code, in Russian or English")),
            Map.entry("issuedBy", Term.text(MAX_LENGTH, "the token subject that issued the quote")),
            Map.entry("key", Term.text(64, "the entity's code, or a price entry's id")),
            Map.entry("quantity", Term.count(1, PriceRequest.Item.MAX_QUANTITY, 1L, "how many")),
            Map.entry("id", Term.count(0, Long.MAX_VALUE, null, "the price entry's id")),
            Map.entry("If-Match", Term.text(1024, "the ETag read; when it is stale the write answers 412; absent = "
                    + "write the current version")),
            Map.entry("If-None-Match", Term.text(1024, "ETags held; when one is still current the answer is 304 "
                    + "without a body")));

    private ParameterVocabulary() {
    }

    public static Optional<Term> term(String name) {
        return Optional.ofNullable(TERMS.get(name));
    }

    /** The longest value the service takes for the parameter {@code name}. */
    public static int lengthBound(String name) {
        return term(name).map(Term::lengthBound).orElse(MAX_LENGTH);
    }
}
