package com.oneprice.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.branch;
import static com.oneprice.testing.Fixtures.price;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Services not sold everywhere (issue 16), on a network of this class's own: a service priced at one branch only, one
 * priced nowhere, a bundle of the first and a plain one, a service priced in euros only, an archived service, a
 * branch pricing in euros and an archived branch, and a promotion on the branch-only service where it has no price.
 * The tests share it; what the scan writes leaves what the others assert as it was.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class NotSoldTest {

    static final String NOT_SOLD = "urn:oneprice:problem:not-sold";

    private static Network network;

    static Network network() {
        if (network == null) {
            network = new Network();
        }
        return network;
    }

    /** The network's codes; creating it builds it through the API. */
    static final class Network {
        final String suffix = unique();
        final String seller = "ns-a-" + suffix.toLowerCase();
        final String other = "ns-b-" + suffix.toLowerCase();
        final String euro = "ns-e-" + suffix.toLowerCase();
        final String archived = "ns-z-" + suffix.toLowerCase();
        final String onlyAtSeller = "NS-ONLY-" + suffix;
        final String unpriced = "NS-NONE-" + suffix;
        final String plain = "NS-PLAIN-" + suffix;
        final String kit = "NS-KIT-" + suffix;
        final String inEuros = "NS-EUR-" + suffix;
        final String gone = "NS-GONE-" + suffix;
        final String promotion = "NS-PROMO-" + suffix;
        final String onlyAtSellerPrice;

        Network() {
            branch(seller, "Europe/Moscow", "RUB");
            branch(other, "Europe/Moscow", "RUB");
            branch(euro, "Europe/Berlin", "EUR");
            branch(archived, "Asia/Yekaterinburg", "RUB");
            simpleService(onlyAtSeller);
            onlyAtSellerPrice = price(onlyAtSeller, seller, "2000.00", "RUB");
            simpleService(unpriced);
            simpleService(plain);
            price(plain, null, "500.00", "RUB");
            asAdmin().body(kitJson()).post("/services").then().statusCode(201);
            simpleService(inEuros);
            price(inEuros, null, "40.00", "EUR");
            simpleService(gone);
            price(gone, null, "300.00", "RUB");
            price(gone, archived, "350.00", "RUB");
            // both are referred to by prices, so deleting archives them
            asAdmin().delete("/services/" + gone).then().statusCode(204);
            asAdmin().delete("/branches/" + archived).then().statusCode(204);
            asAdmin().body(promotionJson(promotion, "PERCENT", "10", null, onlyAtSeller, other))
                    .post("/promotions").then().statusCode(201);
        }

        String kitJson() {
            return """
                    {"code": "%s", "name": "Kit", "category": "kits", "kind": "BUNDLE", "bundlePricing": {"mode": "SUM"},
                     "components": [{"service": "%s", "quantity": 1}, {"service": "%s", "quantity": 2}]}
                    """.formatted(kit, onlyAtSeller, plain);
        }

        /** Running from yesterday for a month, for one service at one branch on the kiosk. */
        static String promotionJson(String code, String type, String value, String currency, String service,
                                    String branch) {
            Instant from = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            return """
                    {"code": "%s", "name": "Promotion %s",
                     "discount": {"type": "%s", "value": "%s"%s},
                     "window": {"startsAt": "%s", "endsAt": "%s"},
                     "scope": {"branches": ["%s"], "services": ["%s"], "categories": [], "channels": ["KIOSK"]},
                     "priority": 0, "stackable": false}
                    """.formatted(code, code, type, value, currency == null ? "" : ", \"currency\": \"" + currency
                    + "\"", from, from.plus(30, ChronoUnit.DAYS), branch, service);
        }

        List<String> branches() {
            return List.of(seller, other, euro, archived);
        }

        List<String> services() {
            return List.of(onlyAtSeller, unpriced, plain, kit, inEuros, gone);
        }
    }

    static ValidatableResponse effective(String branch, String service) {
        return asOperator().get("/prices/effective?branch=" + branch + "&service=" + service).then();
    }

    /** A 422 not-sold whose only error names {@code field}. */
    static ValidatableResponse notSold(ValidatableResponse response, String field) {
        return problem(response, 422)
                .body("type", equalTo(NOT_SOLD))
                .body("title", equalTo("Not sold there"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo(field));
    }

    static String verify(String branch, String quoted, String currency, String... services) {
        StringBuilder items = new StringBuilder();
        for (String service : services) {
            items.append(items.isEmpty() ? "" : ", ").append("{\"service\": \"").append(service)
                    .append("\", \"quantity\": 1}");
        }
        return "{\"branch\": \"" + branch + "\", \"channel\": \"PHONE\", \"items\": [" + items + "]"
                + (quoted == null ? "" : ", \"quotedTotal\": {\"amount\": \"" + quoted + "\", \"currency\": \""
                + currency + "\"}") + "}";
    }

    @Test
    void a_service_priced_at_one_branch_only_is_not_sold_at_another_which_the_answer_says() {
        Network n = network();

        effective(n.seller, n.onlyAtSeller).statusCode(200).body("total.amount", equalTo("2000.00"));
        notSold(effective(n.other, n.onlyAtSeller), "service")
                .body("detail", allOf(containsString("'" + n.onlyAtSeller + "' is not sold at branch '" + n.other
                        + "'"), containsString("it has no price in RUB")));
        notSold(effective(n.other, n.unpriced), "service");
    }

    @Test
    void compare_lists_only_the_branches_that_sell_the_service() {
        Network n = network();

        asOperator().get("/prices/compare?service=" + n.onlyAtSeller).then().statusCode(200)
                .body("branches.branch", equalTo(List.of(n.seller)))
                .body("branches[0].price.amount", equalTo("2000.00"));
        asOperator().get("/prices/compare?service=" + n.unpriced).then().statusCode(200)
                .body("branches.size()", equalTo(0));
        problem(asOperator().get("/prices/compare?service=NS-NO-SUCH-" + n.suffix).then(), 404)
                .body("errors[0].field", equalTo("service"));
    }

    @Test
    void verify_at_the_branch_that_sells_the_service_skips_the_branches_that_do_not() {
        Network n = network();

        asOperator().body(verify(n.seller, "1234.56", "RUB", n.onlyAtSeller)).post("/quotes/verify").then()
                .statusCode(200)
                .body("total.amount", equalTo("2000.00"))
                .body("verdict.status", equalTo("MISMATCH"))
                .body("verdict.reasons.code", equalTo(List.of("UNEXPLAINED")));
        asOperator().body(verify(n.seller, "2000.00", "RUB", n.onlyAtSeller)).post("/quotes/verify").then()
                .statusCode(200).body("verdict.status", equalTo("MATCH"));
    }

    @Test
    void a_bundle_with_a_component_sold_elsewhere_only_is_not_sold_and_the_answer_names_the_component() {
        Network n = network();

        effective(n.seller, n.kit).statusCode(200).body("total.amount", equalTo("3000.00"));
        notSold(effective(n.other, n.kit), "service")
                .body("detail", allOf(containsString("'" + n.kit + "' is not sold at branch '" + n.other + "' at "),
                        containsString("its component '" + n.onlyAtSeller + "' has no price in RUB")));
        notSold(asOperator().body(verify(n.other, "1000.00", "RUB", n.plain, n.kit)).post("/quotes/verify").then(),
                "items[1].service");
        notSold(asOperator().body(verify(n.other, null, null, n.plain, n.kit)).post("/quotes").then(),
                "items[1].service");
    }

    @Test
    void the_engines_refusal_is_said_in_russian_when_asked_naming_the_component_at_fault() {
        Network n = network();

        notSoldIn("ru", n.other, n.onlyAtSeller).body("title", equalTo("Там это не продаётся"))
                .body("detail", allOf(containsString("услуга «" + n.onlyAtSeller + "» не продаётся в филиале «"
                        + n.other + "» на "), endsWith(": у неё нет цены в RUB на тот момент")))
                .body("errors[0].message", endsWith(": у неё нет цены в RUB на тот момент"));
        notSoldIn("ru", n.other, n.kit).body("detail", allOf(containsString("услуга «" + n.kit + "» не продаётся"),
                endsWith(": у её компонента «" + n.onlyAtSeller + "» нет цены в RUB на тот момент")));
        notSoldIn("en", n.other, n.kit).body("detail", endsWith(": its component '" + n.onlyAtSeller
                + "' has no price in RUB there then"));
    }

    /** The not-sold answer to a price of {@code service} at {@code branch} in {@code language}. */
    static ValidatableResponse notSoldIn(String language, String branch, String service) {
        return problem(asOperator().header("Accept-Language", language)
                .get("/prices/effective?branch=" + branch + "&service=" + service).then(), 422)
                .header("Content-Language", language)
                .body("type", equalTo(NOT_SOLD))
                .body("errors[0].field", equalTo("service"));
    }

    @Test
    void a_price_in_another_currency_than_the_branchs_does_not_sell_the_service_there() {
        Network n = network();

        effective(n.euro, n.inEuros).statusCode(200).body("total.currency", equalTo("EUR"));
        notSold(effective(n.seller, n.inEuros), "service").body("detail", containsString("has no price in RUB"));
        notSold(effective(n.euro, n.plain), "service").body("detail", containsString("has no price in EUR"));
    }

    /** What the scan found wrong, one line each. */
    private final List<String> faults = new ArrayList<>();
    private final Set<String> scanned = new TreeSet<>();
    private JsonNode contract;

    /**
     * Every operation of the served contract, called on such a network with the codes of its branches and services,
     * answers without a server error (and, as every answer of the suite, as the contract says: ContractValidation).
     */
    @Test
    void no_operation_answers_a_server_error_on_a_network_that_does_not_sell_everything_everywhere()
            throws IOException {
        contract = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json")
                .asString());
        Network n = network();
        String before = "2000-01-01T00:00:00Z";

        call("GET /ping", r -> r.get("/ping"));
        call("GET /branches", r -> r.get("/branches?includeArchived=true"));
        call("GET /services", r -> r.get("/services?includeArchived=true&kind=BUNDLE"));
        call("GET /prices/{id}", r -> r.get(n.onlyAtSellerPrice));
        call("GET /promotions", r -> r.get("/promotions?includeArchived=true"));
        call("GET /promotions/{code}", r -> r.get("/promotions/" + n.promotion));
        for (String branch : n.branches()) {
            call("GET /branches/{code}", r -> r.get("/branches/" + branch));
            call("GET /prices", r -> r.get("/prices?branch=" + branch));
        }
        List<String> quotes = new ArrayList<>();
        for (String service : n.services()) {
            call("GET /services/{code}", r -> r.get("/services/" + service));
            call("GET /prices", r -> r.get("/prices?service=" + service));
            call("GET /prices/compare", r -> r.get("/prices/compare?service=" + service));
            call("GET /prices/compare", r -> r.get("/prices/compare?channel=KIOSK&at=" + before + "&service="
                    + service));
            for (String branch : n.branches()) {
                String query = "/prices/effective?branch=" + branch + "&service=" + service;
                call("GET /prices/effective", r -> r.get(query + "&channel=KIOSK&quantity=3"));
                call("GET /prices/effective", r -> r.get(query + "&at=" + before));
                call("GET /prices/timeline", r -> r.get("/prices/timeline?branch=" + branch + "&service=" + service
                        + "&channel=KIOSK&from=" + before));
                Response quote = call("POST /quotes", r -> r.body(verify(branch, null, null, service))
                        .post("/quotes"));
                if (quote.statusCode() == 201) {
                    quotes.add(quote.path("code"));
                }
                for (String quoted : List.of("1.00 RUB", "40.00 EUR")) {
                    String[] amount = quoted.split(" ");
                    call("POST /quotes/verify", r -> r.body(verify(branch, amount[0], amount[1], service))
                            .post("/quotes/verify"));
                }
                call("POST /quotes/verify", r -> r.body(verify(branch, null, null, service, n.plain))
                        .post("/quotes/verify"));
            }
        }
        call("POST /quotes", r -> r.header("Idempotency-Key", "ns-" + n.suffix)
                .body(verify(n.seller, null, null, n.onlyAtSeller, n.kit)).post("/quotes"));
        assertTrue(quotes.size() >= 2, "quotes issued: " + quotes);
        for (String code : quotes) {
            call("GET /quotes/{code}", r -> r.get("/quotes/" + code));
            for (String branch : n.branches()) {
                call("POST /quotes/verify", r -> r.body("{\"quoteCode\": \"" + code + "\", \"branch\": \"" + branch
                        + "\"}").post("/quotes/verify"));
            }
        }
        call("GET /quotes", r -> r.get("/quotes?branch=" + n.seller));
        call("POST /quotes/{code}/redeem", r -> r.post("/quotes/" + quotes.get(0) + "/redeem"));
        call("POST /quotes/{code}/void", r -> r.post("/quotes/" + quotes.get(1) + "/void"));
        call("POST /quotes/{code}/void", r -> r.post("/quotes/" + quotes.get(0) + "/void"));
        for (String groupBy : List.of("reason", "branch", "channel", "operator", "service")) {
            call("GET /reports/discrepancies", r -> r.get("/reports/discrepancies?groupBy=" + groupBy));
        }
        call("GET /audit", r -> r.get("/audit?entity=service&key=" + n.gone));
        call("GET /audit", r -> r.get("/audit?entity=branch&key=" + n.archived));

        String created = "ns-n-" + n.suffix.toLowerCase();
        String branchJson = """
                {"code": "%s", "name": "New", "timezone": "Asia/Yekaterinburg", "currency": "RUB", "active": true}
                """.formatted(created);
        call("POST /branches", r -> r.body(branchJson).post("/branches"));
        call("PUT /branches/{code}", r -> r.body(branchJson).put("/branches/" + created));
        String serviceJson = """
                {"code": "%s", "name": "New", "category": "kits", "kind": "SIMPLE"}
                """.formatted(created);
        call("POST /services", r -> r.body(serviceJson).post("/services"));
        call("PUT /services/{code}", r -> r.body(n.kitJson()).put("/services/" + n.kit));
        call("POST /prices", r -> r.body("""
                {"service": "%s", "branch": "%s", "amount": {"amount": "10.00", "currency": "RUB"},
                 "validFrom": "2026-01-01T00:00:00Z"}
                """.formatted(n.unpriced, n.euro)).post("/prices"));
        call("POST /prices/import", r -> r.contentType("text/csv").body("service,branch,amount,currency,validFrom\n"
                + n.onlyAtSeller + "," + n.other + ",10.00,EUR,2026-01-01T00:00:00Z\n"
                + n.kit + ",,10.00,RUB,2026-01-01T00:00:00Z\n").post("/prices/import?dryRun=true"));
        String promotionJson = Network.promotionJson(created, "AMOUNT_OFF", "5", "EUR", n.inEuros, n.seller);
        call("POST /promotions", r -> r.body(promotionJson).post("/promotions"));
        call("PUT /promotions/{code}", r -> r.body(promotionJson).put("/promotions/" + created));
        call("DELETE /promotions/{code}", r -> r.delete("/promotions/" + created));
        call("DELETE /services/{code}", r -> r.delete("/services/" + created));
        call("DELETE /branches/{code}", r -> r.delete("/branches/" + created));

        assertEquals(List.of(), faults);
        assertEquals(operations(), scanned, "the scan calls every operation of the contract");
    }

    /**
     * Calls {@code operation} as a pricing administrator, noting a server error, and a 401 or 403, which would mean
     * the scan did not reach the operation.
     */
    private Response call(String operation, Function<RequestSpecification, Response> send) {
        scanned.add(operation);
        Response answer = send.apply(asAdmin());
        int status = answer.statusCode();
        if (status >= 500 || status == 401 || status == 403) {
            faults.add(operation + " answered " + status + " " + answer.asString());
        }
        return answer;
    }

    private Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }
}
