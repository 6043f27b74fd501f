package com.oneprice.pricing.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.oneprice.pricing.engine.CatalogFixture.EUR;
import static com.oneprice.pricing.engine.CatalogFixture.KIOSK;
import static com.oneprice.pricing.engine.CatalogFixture.LONG_AGO;
import static com.oneprice.pricing.engine.CatalogFixture.MOSCOW;
import static com.oneprice.pricing.engine.CatalogFixture.PHONE;
import static com.oneprice.pricing.engine.CatalogFixture.YEKATERINBURG;
import static com.oneprice.pricing.engine.CatalogFixture.branch;
import static com.oneprice.pricing.engine.CatalogFixture.catalog;
import static com.oneprice.pricing.engine.CatalogFixture.clinicNetwork;
import static com.oneprice.pricing.engine.CatalogFixture.item;
import static com.oneprice.pricing.engine.CatalogFixture.promotion;
import static com.oneprice.pricing.engine.CatalogFixture.request;
import static com.oneprice.pricing.engine.CatalogFixture.rub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Price answers' alternatives: the same items cheaper at another branch now, or here within the horizon. */
class AlternativesTest {

    static final Instant NOW = Instant.parse("2031-03-04T09:00:00Z");
    static final AlternativeOptions DEFAULTS = AlternativeOptions.defaults();

    static Instant days(int n) {
        return NOW.plus(Duration.ofDays(n));
    }

    /** The knee MRI: 4000 network-wide, 5000 at north, 4200 at east; north 15 % off from day 10 to day 17. */
    static CatalogFixture kneeMri() {
        return clinicNetwork()
                .price("MRI-KNEE", "4000.00")
                .price("MRI-KNEE", "north", "5000.00")
                .price("MRI-KNEE", "east", "4200.00")
                .promotion(promotion("NORTH-MRI-DAYS").percent("15").between(days(10), days(17))
                        .branches("north").services("MRI-KNEE"));
    }

    static List<Alternative> alternatives(CatalogSnapshot snapshot, PriceRequest request, AlternativeOptions options) {
        return Alternatives.find(snapshot, request, PricingEngine.price(snapshot, request), options);
    }

    static Alternative otherBranch(String branch, String total, String saving) {
        return new Alternative(Alternative.Kind.OTHER_BRANCH, branch(branch), NOW, null, rub(total), rub(saving));
    }

    @Test
    void the_knee_mri_at_north_is_cheaper_at_central_and_east_now_and_here_in_ten_days() {
        List<Alternative> found = alternatives(kneeMri().build(), request("north", NOW, "MRI-KNEE"), DEFAULTS);

        assertEquals(List.of(otherBranch("central", "4000.00", "1000.00"), otherBranch("east", "4200.00", "800.00"),
                new Alternative(Alternative.Kind.LATER, branch("north"), days(10), days(17), rub("4250.00"),
                        rub("750.00"))), found);
    }

    @Test
    void the_cheapest_answer_has_none() {
        assertEquals(List.of(), alternatives(kneeMri().build(), request("central", NOW, "MRI-KNEE"), DEFAULTS));
    }

    @Test
    void a_cheaper_moment_beyond_the_horizon_is_not_offered() {
        List<Alternative> found = alternatives(kneeMri().build(), request("north", NOW, "MRI-KNEE"),
                new AlternativeOptions(Duration.ofDays(10), 10));

        assertEquals(List.of(Alternative.Kind.OTHER_BRANCH, Alternative.Kind.OTHER_BRANCH),
                found.stream().map(Alternative::kind).toList());
    }

    @Test
    void of_several_cheaper_moments_the_cheapest_is_offered_and_of_equals_the_earliest() {
        CatalogSnapshot snapshot = kneeMri()
                .promotion(promotion("SMALL").percent("5").between(days(2), days(4)).branches("north"))
                .promotion(promotion("AGAIN").percent("15").between(days(12), days(13)).branches("north")
                        .services("MRI-KNEE").priority(-1))
                .build();

        List<Alternative> later = alternatives(snapshot, request("north", NOW, "MRI-KNEE"),
                new AlternativeOptions(Duration.ofDays(14), 0));

        assertEquals(1, later.size());
        assertEquals(days(10), later.get(0).at());
        assertEquals(rub("4250.00"), later.get(0).total());
    }

    @Test
    void only_as_many_branches_as_configured_are_priced_those_in_the_same_zone_first() {
        CatalogSnapshot snapshot = catalog()
                .branch("north", MOSCOW).branch("a-east", YEKATERINBURG).branch("z-north", MOSCOW)
                .simple("MRI-KNEE", "imaging")
                .price("MRI-KNEE", "north", "5000.00")
                .price("MRI-KNEE", "a-east", "3000.00")
                .price("MRI-KNEE", "z-north", "4500.00")
                .build();

        assertEquals(List.of(otherBranch("z-north", "4500.00", "500.00")),
                alternatives(snapshot, request("north", NOW, "MRI-KNEE"), new AlternativeOptions(Duration.ZERO, 1)));
        assertEquals(List.of(otherBranch("a-east", "3000.00", "2000.00"), otherBranch("z-north", "4500.00", "500.00")),
                alternatives(snapshot, request("north", NOW, "MRI-KNEE"), new AlternativeOptions(Duration.ZERO, 2)));
    }

    @Test
    void at_most_three_cheaper_branches_are_listed_cheapest_first() {
        CatalogFixture network = catalog().branch("north", MOSCOW).simple("MRI-KNEE", "imaging")
                .price("MRI-KNEE", "north", "5000.00");
        for (int i = 1; i <= 5; i++) {
            network.branch("b" + i, MOSCOW).price("MRI-KNEE", "b" + i, (4000 + i * 100) + ".00");
        }

        assertEquals(List.of("b1", "b2", "b3"), alternatives(network.build(), request("north", NOW, "MRI-KNEE"),
                DEFAULTS).stream().map(a -> a.branch().value()).toList());
    }

    @Test
    void zero_branches_and_no_horizon_turn_alternatives_off() {
        assertEquals(List.of(), alternatives(kneeMri().build(), request("north", NOW, "MRI-KNEE"),
                new AlternativeOptions(Duration.ZERO, 0)));
        assertEquals(List.of(), alternatives(kneeMri().build(), request("north", NOW, "MRI-KNEE"),
                new AlternativeOptions(Duration.ofDays(-1), -1)));
    }

    @Test
    void inactive_branches_branches_in_another_currency_and_those_not_selling_an_item_are_skipped() {
        CatalogSnapshot snapshot = catalog()
                .branch("north", MOSCOW)
                .inactiveBranch("closed", MOSCOW)
                .branch("berlin", MOSCOW, EUR)
                .branch("lab-only", YEKATERINBURG)
                .simple("MRI-KNEE", "imaging").simple("ECG", "diagnostics")
                .price("MRI-KNEE", "north", "5000.00").price("ECG", "north", "1000.00")
                .price("MRI-KNEE", "closed", "100.00").price("ECG", "closed", "100.00")
                .price("MRI-KNEE", "berlin", Money.of("10.00", "EUR"), LONG_AGO, null)
                .price("ECG", "berlin", Money.of("10.00", "EUR"), LONG_AGO, null)
                .price("ECG", "lab-only", "10.00")
                .build();

        assertEquals(List.of(), alternatives(snapshot, request("north", NOW, "MRI-KNEE", "ECG"), DEFAULTS));
    }

    @Test
    void the_whole_request_is_compared_not_each_line() {
        CatalogSnapshot snapshot = kneeMri().price("ECG", "1000.00").price("ECG", "central", "2500.00").build();

        // central: 4000 + 2500 = 6500 against north's 5000 + 1000 = 6000; east: 4200 + 1000
        assertEquals(List.of(otherBranch("east", "5200.00", "800.00")), alternatives(snapshot,
                request("north", NOW, "MRI-KNEE", "ECG"), new AlternativeOptions(Duration.ZERO, 10)));
    }

    @Test
    void a_promotion_for_another_channel_is_no_cheaper_moment_for_this_one() {
        CatalogSnapshot snapshot = kneeMri()
                .promotion(promotion("KIOSK-MRI").percent("50").between(days(1), days(2)).channels(KIOSK))
                .build();

        assertEquals(days(10), alternatives(snapshot, request("north", NOW, PHONE, item("MRI-KNEE", 1)),
                new AlternativeOptions(Duration.ofDays(14), 0)).get(0).at());
        assertEquals(days(1), alternatives(snapshot, request("north", NOW, KIOSK, item("MRI-KNEE", 1)),
                new AlternativeOptions(Duration.ofDays(14), 0)).get(0).at());
    }

    @Test
    void an_archived_service_has_no_alternatives() {
        CatalogSnapshot.Builder archived = CatalogSnapshot.builder(2);
        clinicNetwork().build().branches().forEach(archived::branch);
        archived.service(new Service(CatalogFixture.service("MRI-KNEE"), "MRI", "imaging", ServiceKind.SIMPLE,
                List.of(), LONG_AGO, List.of()));
        archived.price(new PriceEntry(CatalogFixture.service("MRI-KNEE"), null, rub("4000.00"),
                TimeWindow.from(LONG_AGO)));
        archived.price(new PriceEntry(CatalogFixture.service("MRI-KNEE"), branch("north"), rub("5000.00"),
                TimeWindow.from(LONG_AGO)));

        assertEquals(List.of(), alternatives(archived.build(), request("north", NOW, "MRI-KNEE"), DEFAULTS));
    }

    @Test
    void a_branch_where_the_service_is_not_sold_is_skipped() {
        CatalogSnapshot snapshot = catalog().branch("central", MOSCOW).branch("north", MOSCOW)
                .simple("MRI-KNEE", "imaging").price("MRI-KNEE", "north", "5000.00").build();

        assertThrows(PricingException.NotSold.class,
                () -> PricingEngine.price(snapshot, request("central", NOW, "MRI-KNEE")));
        assertEquals(List.of(), alternatives(snapshot, request("north", NOW, "MRI-KNEE"), DEFAULTS));
    }

    @Test
    void the_alternatives_hold_until_a_price_may_change_at_another_branch_priced() {
        CatalogSnapshot snapshot = kneeMri()
                .promotion(promotion("CENTRAL-DAY").percent("10").between(days(3), days(4)).branches("central"))
                .build();

        assertEquals(Optional.of(days(3)), Alternatives.holdUntil(snapshot, request("north", NOW, "MRI-KNEE"),
                new AlternativeOptions(Duration.ZERO, 10)));
        assertEquals(Optional.empty(), Alternatives.holdUntil(snapshot, request("north", NOW, "MRI-KNEE"),
                new AlternativeOptions(Duration.ZERO, 0)));
    }

    @Test
    void the_alternatives_hold_until_a_change_here_comes_into_the_horizon() {
        // NORTH-MRI-DAYS starts on day 10: with a horizon of 7 days, it comes into view on day 3
        assertEquals(Optional.of(days(3)), Alternatives.holdUntil(kneeMri().build(),
                request("north", NOW, "MRI-KNEE"), new AlternativeOptions(Duration.ofDays(7), 0)));
        assertEquals(Optional.empty(), Alternatives.holdUntil(kneeMri().build(),
                request("north", days(18), "MRI-KNEE"), new AlternativeOptions(Duration.ofDays(7), 0)));
    }
}
