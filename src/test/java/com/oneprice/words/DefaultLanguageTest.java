package com.oneprice.words;

import com.oneprice.testing.ConfigOverrides;
import com.oneprice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.oneprice.testing.Api.asOperator;
import static org.hamcrest.Matchers.equalTo;

/** A deployment that sets pricing.messages.default-language=ru answers in Russian unless asked otherwise. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(DefaultLanguageTest.Russian.class)
class DefaultLanguageTest {

    public static class Russian extends ConfigOverrides {
        public Russian() {
            super(Map.of("pricing.messages.default-language", "ru"));
        }
    }

    @Test
    void without_accept_language_the_configured_default_is_spoken() {
        asOperator().queryParam("service", "MRI-KNEE").get("/prices/effective").then().statusCode(400)
                .header("Content-Language", "ru")
                .body("title", equalTo("Запрос неверен"));
    }

    @Test
    void a_caller_asking_for_english_still_gets_english() {
        asOperator().header("Accept-Language", "en-US").queryParam("service", "MRI-KNEE").get("/prices/effective")
                .then().statusCode(400).header("Content-Language", "en")
                .body("title", equalTo("The request is not valid"));
    }
}
