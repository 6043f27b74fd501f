package com.oneprice.testing;

import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** What every refusal has in common, and the 400 that names the field to fix. */
public final class Problems {

    private Problems() {
    }

    /** Every refusal is problem+json with a type, a status, a detail and the request id, and no Java in it. */
    public static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", containsString("urn:oneprice:problem:"))
                .body("status", equalTo(status))
                .body("detail", notNullValue())
                .body("requestId", notNullValue())
                .body(not(containsString("java.")))
                .body(not(containsString("Exception")));
    }

    /** A 400 validation-failed whose only error names {@code field}. */
    public static ValidatableResponse refused(ValidatableResponse response, String field) {
        return problem(response, 400)
                .body("type", equalTo("urn:oneprice:problem:validation-failed"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo(field));
    }
}
