package com.oneprice.reports;

import com.oneprice.platform.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(name = "DiscrepancyReport", description = "Verifications in [from, to) grouped by `groupBy`. For "
        + "groupBy=reason a verification counts under each of its reasons, and `mismatchRate` is that count over all "
        + "verifications in the period; otherwise it is mismatches over verifications in the group.")
public record DiscrepancyReport(Instant from, Instant to,
                                @Schema(enumeration = {"reason", "branch", "channel", "operator", "service"}) String groupBy,
                                @Schema(description = "all verifications in the period") long verifications,
                                List<Group> groups) {

    @Schema(name = "DiscrepancyGroup")
    public record Group(@Schema(example = "PROMOTION_EXPIRED") String key, long verifications, long mismatches,
                        @Schema(example = "0.25") BigDecimal mismatchRate, MoneyJson honourCost) {
    }
}
