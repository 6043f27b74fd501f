package com.oneprice.testing;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

import static org.hamcrest.Matchers.equalTo;

/**
 * What a verification's verdict says, checked the same way by every HTTP test that presents an amount or a quote:
 * {@code .then().statusCode(200).spec(mismatchBy("-100.00")).spec(pays("900.00", "100.00"))}.
 */
public final class Verdicts {

    private Verdicts() {
    }

    /** The amount presented is not the authoritative total: it is {@code difference} off (negative when below). */
    public static ResponseSpecification mismatchBy(String difference) {
        return new ResponseSpecBuilder()
                .expectBody("verdict.status", equalTo("MISMATCH"))
                .expectBody("verdict.difference.amount", equalTo(difference))
                .build();
    }

    /** The first reason given is {@code code}, naming {@code value} in its field {@code field} (branch, promotion...). */
    public static ResponseSpecification firstReason(String code, String field, Object value) {
        return new ResponseSpecBuilder()
                .expectBody("verdict.reasons[0].code", equalTo(code))
                .expectBody("verdict.reasons[0]." + field, equalTo(value))
                .build();
    }

    /** The customer pays {@code payable}, and honouring the quote costs the clinic {@code honourCost}. */
    public static ResponseSpecification pays(String payable, String honourCost) {
        return new ResponseSpecBuilder()
                .expectBody("verdict.payable.amount", equalTo(payable))
                .expectBody("verdict.honourCost.amount", equalTo(honourCost))
                .build();
    }
}
