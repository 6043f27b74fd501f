package com.oneprice.testing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check every HTTP test answer goes through finds what a strict generated client would trip on. */
class ContractValidationTest {

    static final String BRANCH = """
            {"code": "north", "name": "North clinic", "timezone": "Europe/Moscow", "currency": "RUB", "active": true}""";

    static List<String> answer(int status, String contentType, String body) {
        return ContractValidation.check("GET", "/branches/north", null, null, null, status, contentType, body);
    }

    @Test
    void an_answer_as_the_contract_declares_it_has_no_fault() {
        assertEquals(List.of(), answer(200, "application/json;charset=UTF-8", BRANCH));
    }

    @Test
    void a_field_the_contract_does_not_declare_is_a_fault() {
        assertTrue(answer(200, "application/json", BRANCH.replace("}", ", \"colour\": \"red\"}")).toString()
                .contains("colour"));
    }

    @Test
    void a_null_the_contract_does_not_allow_is_a_fault() {
        assertTrue(answer(200, "application/json", BRANCH.replace("}", ", \"archivedAt\": null}")).toString()
                .contains("archivedAt"));
    }

    @Test
    void a_status_the_operation_does_not_declare_is_a_fault() {
        assertTrue(answer(201, "application/json", BRANCH).toString().contains("201 is not declared"));
    }

    @Test
    void a_media_type_the_status_does_not_declare_is_a_fault() {
        assertTrue(answer(200, "text/html", "<p>north</p>").toString().contains("text/html"));
    }

    @Test
    void a_problem_type_the_contract_does_not_list_is_a_fault() {
        assertTrue(answer(404, "application/problem+json", """
                {"type": "urn:oneprice:problem:lost", "title": "Lost", "status": 404}""").toString().contains("/type"));
    }

    @Test
    void an_accepted_request_with_a_parameter_out_of_bounds_is_a_fault() {
        List<String> faults = ContractValidation.check("GET", "/branches", "size=500", null, null, 200,
                "application/json", "{\"items\": [], \"page\": 0, \"size\": 500, \"total\": 0}");
        assertTrue(faults.toString().contains("query:size=500"), faults.toString());
    }

    @Test
    void a_refused_request_is_not_held_to_the_contract() {
        assertEquals(List.of(), ContractValidation.check("GET", "/branches", "size=500", null, null, 400,
                "application/problem+json", """
                        {"type": "urn:oneprice:problem:validation-failed", "title": "The request is not valid",
                         "status": 400, "errors": [{"field": "size", "message": "must be between 1 and 200"}]}"""));
    }
}
