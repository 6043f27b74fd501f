package com.oneprice.reports;

import com.oneprice.platform.api.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(name = "DiscrepancyReport", description = "Verifications in [from, to) grouped by `groupBy`: `reason`, "
        + "`branch`, `channel`, `operator` (who quoted the amount: the issuer of a presented quote, else the caller who "
        + "verified a bare amount) or `service`. A verification with several reasons or services counts, with its "
        + "honour cost, under each of them, so those groups overlap; the period's own totals are exact. For "
        + "groupBy=reason `mismatchRate` is the group's count over all verifications in the period; otherwise it is "
        + "mismatches over verifications in the group.")
public record DiscrepancyReport(Instant from, Instant to,
                                @Schema(enumeration = {"reason", "branch", "channel", "operator", "service"}) String groupBy,
                                @Schema(description = "all verifications in the period") long verifications,
                                @Schema(description = "the mismatches among them") long mismatches,
                                @Schema(description = "what honouring quotes cost in the period, one amount per currency")
                                List<MoneyJson> honourCosts,
                                List<Group> groups) {

    @Schema(name = "DiscrepancyGroup")
    public record Group(@Schema(example = "PROMOTION_EXPIRED") String key, long verifications, long mismatches,
                        @Schema(example = "0.25") BigDecimal mismatchRate, MoneyJson honourCost) {
    }
}
