package com.oneprice.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Request starters for the HTTP tests: who calls, with JSON. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(Tokens.admin());
    }

    public static RequestSpecification asOperator() {
        return as(Tokens.operator());
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
