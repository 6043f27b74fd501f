package com.oneprice.verification;

import com.oneprice.testing.ConfigOverrides;
import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Fixtures.endPromotion;
import static com.oneprice.testing.Fixtures.percentPromotion;
import static com.oneprice.testing.Fixtures.price;
import static com.oneprice.testing.Fixtures.quote;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static com.oneprice.testing.Fixtures.verifyCode;
import static com.oneprice.testing.Verdicts.pays;
import static org.hamcrest.Matchers.equalTo;

/** Under pricing.quotes.honour-policy=LIST_PRICE a quote explains the difference but is never honoured. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(ListPricePolicyTest.ListPrice.class)
class ListPricePolicyTest {

    public static class ListPrice extends ConfigOverrides {
        public ListPrice() {
            super(Map.of("pricing.quotes.honour-policy", "LIST_PRICE"));
        }
    }

    @Test
    void a_quote_outliving_its_promotion_pays_the_current_total() {
        String service = "QT-" + unique();
        simpleService(service);
        price(service, null, "1000.00");
        String promotion = "QP-" + unique();
        String etag = percentPromotion(promotion, service, "10");
        String token = Tokens.operator();
        String code = as(token).body(quote("central", "PHONE", service)).post("/quotes").then().statusCode(201)
                .body("total.amount", equalTo("900.00")).extract().path("code");
        endPromotion(Tokens.admin(), promotion, service, "10", etag);

        as(token).body(verifyCode(code, null)).post("/quotes/verify").then().statusCode(200)
                .body("verdict.status", equalTo("MISMATCH"))
                .body("verdict.reasons[0].code", equalTo("PROMOTION_EXPIRED"))
                .spec(pays("1000.00", "0.00"));
    }
}
