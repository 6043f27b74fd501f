package com.oneprice.clients;

import com.oneprice.client.okhttp.ApiClient;
import com.oneprice.client.okhttp.ApiException;
import com.oneprice.client.okhttp.api.CatalogBranchesApi;
import com.oneprice.client.okhttp.api.PricingApi;
import com.oneprice.client.okhttp.api.QuotesApi;
import com.oneprice.client.okhttp.model.Branch;
import com.oneprice.client.okhttp.model.Item;
import com.oneprice.client.okhttp.model.Money;
import com.oneprice.client.okhttp.model.PriceAnswer;
import com.oneprice.client.okhttp.model.Problem;
import com.oneprice.client.okhttp.model.Quote;
import com.oneprice.client.okhttp.model.QuoteRequest;
import com.oneprice.client.okhttp.model.QuoteStatus;
import com.oneprice.client.okhttp.model.Reason;
import com.oneprice.client.okhttp.model.ReasonCode;
import com.oneprice.client.okhttp.model.Verdict;
import com.oneprice.client.okhttp.model.VerifyAnswer;
import com.oneprice.client.okhttp.model.VerifyRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java client generated with the `okhttp-gson` library, through an operator's day. */
class OkHttpClientFlowTest {

    final ApiClient client = new ApiClient();

    {
        client.setBasePath(RunningService.url());
        client.setBearerToken(RunningService.operatorToken());
    }

    final QuotesApi quotes = new QuotesApi(client);

    @Test
    void an_operator_reads_a_price_checks_a_quoted_amount_and_issues_reads_and_voids_a_quote() throws Exception {
        List<Branch> branches = new CatalogBranchesApi(client).branchResourceList(null, null, null).getItems();
        assertTrue(branches.stream().anyMatch(b -> "north".equals(b.getCode())), branches.toString());

        PriceAnswer price = new PricingApi(client).pricingResourceEffective("north", "MRI-KNEE", null, "PHONE", null,
                null);
        assertEquals("RUB", price.getTotal().getCurrency());
        assertTrue(new BigDecimal(price.getTotal().getAmount()).signum() > 0, price.toString());

        VerifyAnswer checked = quotes.verifyResourceVerify(new VerifyRequest().branch("north").channel("PHONE")
                .items(List.of(new Item().service("MRI-KNEE").quantity(1)))
                .quotedTotal(new Money().amount("4000.00").currency("RUB")));
        assertEquals(Verdict.StatusEnum.MISMATCH, checked.getVerdict().getStatus());
        List<ReasonCode> reasons = checked.getVerdict().getReasons().stream().map(Reason::getCode).toList();
        assertTrue(reasons.contains(ReasonCode.BRANCH_PRICE_DIFFERS), reasons.toString());

        QuoteRequest request = new QuoteRequest().branch("central").channel("PHONE").customerRef("crm-5521")
                .items(List.of(new Item().service("CHECKUP-BASIC").quantity(1)));
        String key = RunningService.idempotencyKey();
        Quote issued = quotes.quoteResourceIssue(request, key);
        assertEquals(QuoteStatus.ISSUED, issued.getStatus());
        assertEquals(issued.getCode(), quotes.quoteResourceIssue(request, key).getCode(), "a retry is the same quote");

        assertEquals(issued.getTotal(), quotes.quoteResourceGet(issued.getCode()).getTotal());
        assertEquals(QuoteStatus.VOIDED, quotes.quoteResourceVoidQuote(issued.getCode()).getStatus());

        ApiException refused = assertThrows(ApiException.class, () -> quotes.quoteResourceVoidQuote(issued.getCode()));
        assertEquals(409, refused.getCode());
        Problem problem = Problem.fromJson(refused.getResponseBody());
        assertEquals(Problem.TypeEnum.CONFLICT, problem.getType());
        assertEquals("status", problem.getErrors().get(0).getField());
    }
}
