package com.oneprice.pricing.engine;

import com.oneprice.verification.explanation.Verifier;
import com.oneprice.verification.explanation.VerifyOptions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Following the change log is the same as reloading the catalog: random sequences of catalog writes (see
 * {@link CatalogModel}) applied both ways, by revising the snapshot with what each write changed and by building the
 * catalog whole, give equal snapshots and the same answers to random price and verify requests after every write.
 */
class SnapshotRevisionPropertiesTest {

    static final int REQUESTS_PER_WRITE = 6;

    @Property(tries = 300)
    void a_snapshot_revised_write_by_write_answers_as_the_catalog_built_whole(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int writes) {
        CatalogModel catalog = CatalogModel.generate(seed);
        CatalogSnapshot whole = catalog.build();
        CatalogSnapshot revised = whole;
        for (int i = 0; i < writes; i++) {
            String write = catalog.write();
            Statistics.label("write").collect(write == null ? "refused" : write.substring(0, write.indexOf(':')));
            if (write == null) {
                continue;
            }
            CatalogSnapshot before = revised;
            CatalogSnapshot wholeBefore = whole;
            revised = catalog.revise(before);
            whole = catalog.build();
            String context = "seed " + seed + "\n" + catalog.log();

            assertEquals(whole, revised, context);
            assertEquals(wholeBefore, before, "revising changed the snapshot revised\n" + context);
            for (int r = 0; r < REQUESTS_PER_WRITE; r++) {
                sameAnswers(whole, revised, catalog, context);
            }
        }
    }

    private static void sameAnswers(CatalogSnapshot whole, CatalogSnapshot revised, CatalogModel catalog,
                                    String context) {
        PriceRequest request = catalog.request();
        Object answered = outcome(() -> PricingEngine.price(revised, request));
        assertEquals(outcome(() -> PricingEngine.price(whole, request)), answered, request + "\n" + context);
        Statistics.label("request").collect(answered instanceof PriceAnswer ? "priced" : "refused");
        if (answered instanceof PriceAnswer answer) {
            Money quoted = catalog.quoted(answer);
            assertEquals(outcome(() -> Verifier.verify(whole, request, answer, quoted, VerifyOptions.defaults())),
                    outcome(() -> Verifier.verify(revised, request, answer, quoted, VerifyOptions.defaults())),
                    "verifying " + quoted + " for " + request + "\n" + context);
        }
    }

    /** An answer, or the refusal it ended in (whatever the exception, so both ways are compared alike). */
    private static Object outcome(Supplier<Object> computation) {
        try {
            return computation.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
