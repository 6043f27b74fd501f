package com.oneprice.catalog;

import com.oneprice.testing.PostgresTestResource;
import com.oneprice.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.oneprice.testing.Api.as;
import static com.oneprice.testing.Api.asAdmin;
import static com.oneprice.testing.Api.asOperator;
import static com.oneprice.testing.Fixtures.simpleService;
import static com.oneprice.testing.Fixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** POST /prices/import: CSV rows scheduled all or nothing, or tried in a dry run. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PriceImportTest {

    static ValidatableResponse importCsv(String csv, boolean dryRun) {
        return as(Tokens.admin()).contentType("text/csv").body(csv)
                .post("/prices/import" + (dryRun ? "?dryRun=true" : "")).then();
    }

    static ValidatableResponse entries(String service) {
        return asOperator().get("/prices?service=" + service).then().statusCode(200);
    }

    static String rows(String service) {
        return """
                service,branch,amount,currency,validFrom,validTo
                %1$s,,1000.00,RUB,2026-01-01T00:00:00+03:00,
                %1$s,north,1200.00,RUB,2026-01-01T00:00:00+03:00,2026-06-01T00:00:00+03:00
                %1$s,,1100.00,RUB,2026-03-01T00:00:00+03:00,
                """.formatted(service);
    }

    @Test
    void a_dry_run_answers_what_would_happen_and_stores_nothing() {
        String service = "PI-" + unique();
        simpleService(service);
        long version = asOperator().get("/prices/effective?branch=central&service=MRI-KNEE")
                .then().extract().<Number>path("catalogVersion").longValue();
        importCsv(rows(service), true).statusCode(200)
                .body("dryRun", equalTo(true))
                .body("rows", equalTo(3))
                .body("created.amount.amount", equalTo(List.of("1000.00", "1200.00", "1100.00")))
                .body("closed.size()", equalTo(1))
                .body("closed[0].validTo", equalTo("2026-02-28T21:00:00Z"));
        entries(service).body("total", equalTo(0));
        asOperator().get("/prices/effective?branch=central&service=MRI-KNEE").then()
                .body("catalogVersion", equalTo((int) version));
    }

    @Test
    void an_import_schedules_every_row_closing_open_entries_in_validFrom_order() {
        String service = "PI-" + unique();
        simpleService(service);
        // Given out of order: the March price comes first in the file.
        String csv = """
                validFrom,service,amount,currency
                2026-03-01T00:00:00+03:00,%1$s,1100.00,RUB
                2026-01-01T00:00:00+03:00,%1$s,1000.00,RUB
                """.formatted(service);
        importCsv(csv, false).statusCode(200)
                .body("dryRun", equalTo(false))
                .body("created.size()", equalTo(2))
                .body("closed.size()", equalTo(1));
        entries(service).body("total", equalTo(2))
                .body("items.amount.amount", equalTo(List.of("1000.00", "1100.00")))
                .body("items[0].validTo", equalTo("2026-02-28T21:00:00Z"));
        asOperator().get("/prices/effective?branch=central&service=" + service + "&at=2026-02-01T00:00:00Z")
                .then().statusCode(200).body("total.amount", equalTo("1000.00"));
    }

    @Test
    void every_faulty_row_is_named_and_nothing_is_stored() {
        String service = "PI-" + unique();
        simpleService(service);
        String csv = """
                service,branch,amount,currency,validFrom,validTo
                %1$s,,-5,RUB,2026-01-01T00:00:00+03:00,
                %1$s,,100,RUB,next monday,
                %1$s,,100,RUBLES,2026-01-01T00:00:00+03:00,
                %1$s,,100,RUB,2026-02-01T00:00:00+03:00,
                %1$s,,+5,RUB,2026-03-01T00:00:00+03:00,
                %1$s,,5E3,RUB,2026-04-01T00:00:00+03:00,
                """.formatted(service);
        importCsv(csv, false).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("rows[0].amount.amount", "rows[1].validFrom", "rows[2].amount.currency",
                        "rows[4].amount", "rows[5].amount"))
                .body("errors.size()", equalTo(5))
                .body("detail", containsString("nothing was imported"));
        entries(service).body("total", equalTo(0));
    }

    @Test
    void a_row_refused_by_the_catalog_undoes_the_rows_before_it() {
        String service = "PI-" + unique();
        simpleService(service);
        String csv = """
                service,amount,currency,validFrom,validTo
                %1$s,100,RUB,2026-01-01T00:00:00Z,2026-03-01T00:00:00Z
                %1$s,200,RUB,2026-02-01T00:00:00Z,2026-04-01T00:00:00Z
                """.formatted(service);
        importCsv(csv, false).statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", containsString("rows[1]."))
                .body("detail", containsString("row 2"));
        entries(service).body("total", equalTo(0));

        importCsv("service,amount,currency,validFrom\nNO-SUCH-SERVICE,1,RUB,2026-01-01T00:00:00Z\n", false)
                .statusCode(422).body("errors[0].field", equalTo("rows[0].service"));
    }

    @Test
    void the_header_must_name_known_columns() {
        importCsv("service,price,currency,validFrom\nX,1,RUB,2026-01-01T00:00:00Z\n", false).statusCode(400)
                .body("errors[0].field", equalTo("header")).body("detail", containsString("price"));
        importCsv("service,currency,validFrom\nX,RUB,2026-01-01T00:00:00Z\n", false).statusCode(400)
                .body("detail", containsString("amount"));
        importCsv("service,amount,currency,validFrom\n", false).statusCode(400)
                .body("errors[0].field", equalTo("rows"));
        importCsv("", false).statusCode(400);
    }

    @Test
    void only_an_admin_imports_and_only_csv() {
        asOperator().contentType("text/csv").body(rows("X")).post("/prices/import").then().statusCode(403);
        asAdmin().body("{}").post("/prices/import").then().statusCode(415);
    }
}
