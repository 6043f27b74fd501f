package com.oneprice.pricing;

import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.oneprice.testing.Api.anonymous;
import static com.oneprice.testing.Api.asOperator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** GET /prices/effective and /prices/compare on the demo clinic network (DemoCatalog). */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PricesResourceTest {

    /** What an operator is answered for the effective price of {@code query}, which must be 200. */
    static ValidatableResponse answered(String query) {
        return asOperator().get("/prices/effective?" + query).then().statusCode(200);
    }

    @Test
    void the_effective_price_is_the_branchs_own_over_the_network_price() {
        answered("branch=north&service=MRI-KNEE")
                .body("branch", equalTo("north"))
                .body("lines[0].service", equalTo("MRI-KNEE"))
                .body("lines[0].listPrice.amount", equalTo("5000.00"))
                .body("total.amount", equalTo("5000.00"))
                .body("catalogVersion", notNullValue());
        answered("branch=central&service=MRI-KNEE&quantity=2")
                .body("total.amount", equalTo("8000.00"));
    }

    @Test
    void a_bundle_answers_with_its_components() {
        answered("branch=central&service=CHECKUP-BASIC")
                .body("total.amount", equalTo("3330.00"))
                .body("lines[0].components.service", equalTo(List.of("THERAPIST-CONSULT", "BLOOD-CBC", "ECG")));
    }

    @Test
    void compare_lists_every_branch_cheapest_first() {
        // Other tests may add branches to the shared database: look at the demo ones and at the order.
        Response compare = asOperator().get("/prices/compare?service=MRI-KNEE");
        compare.then().statusCode(200).body("service", equalTo("MRI-KNEE"));
        List<String> branches = compare.path("branches.branch");
        List<BigDecimal> prices = compare.<List<String>>path("branches.price.amount").stream().map(BigDecimal::new)
                .toList();
        assertEquals(prices.stream().sorted().toList(), prices, "cheapest first");
        assertEquals(List.of("central", "east", "north"),
                branches.stream().filter(List.of("central", "east", "north")::contains).toList());
        assertEquals(new BigDecimal("4000.00"), prices.get(branches.indexOf("central")));
        assertEquals(new BigDecimal("4200.00"), prices.get(branches.indexOf("east")));
        assertEquals(new BigDecimal("5000.00"), prices.get(branches.indexOf("north")));
    }

    @Test
    void bad_parameters_are_400_or_404_naming_them() {
        asOperator().get("/prices/effective?branch=central").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("service"));
        asOperator().get("/prices/effective?branch=central&service=MRI-KNEE&at=tomorrow").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        asOperator().get("/prices/effective?branch=central&service=MRI-KNEE&quantity=0").then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
        asOperator().get("/prices/effective?branch=atlantis&service=MRI-KNEE").then().statusCode(404)
                .contentType("application/problem+json");
        asOperator().get("/prices/effective?branch=central&service=NO-SUCH-SCAN").then().statusCode(404)
                .body("errors[0].field", equalTo("service"));
        asOperator().get("/prices/effective?branch=central&service=bad%20code").then().statusCode(400)
                .body("errors[0].field", equalTo("service")).body("detail", startsWith("service: "));
        asOperator().get("/prices/compare?service=NO-SUCH-SCAN").then().statusCode(404);
        asOperator().get("/prices/compare?service=MRI-KNEE&channel=phone%20call").then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        asOperator().get("/prices/compare").then().statusCode(400).body("errors[0].field", equalTo("service"));
    }

    @Test
    void prices_are_closed_to_anonymous_callers() {
        anonymous().get("/prices/effective?branch=central&service=MRI-KNEE").then().statusCode(401);
        anonymous().get("/prices/compare?service=MRI-KNEE").then().statusCode(401);
    }
}
