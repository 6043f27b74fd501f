package com.oneprice.reports;

import com.oneprice.platform.api.Period;
import com.oneprice.platform.security.Roles;
import com.oneprice.verification.VerificationLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Clock;

@Path("/reports")
@Tag(name = "Reports")
public class ReportResource {

    @Inject
    Reports reports;

    @Inject
    VerificationLog log;

    @Inject
    Clock clock;

    @GET
    @Path("/discrepancies")
    @Produces({"application/json", "text/csv"})
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The report, as JSON or CSV", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = DiscrepancyReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = """
                    key,verifications,mismatches,mismatchRate,honourCost,currency
                    PROMOTION_EXPIRED,2,2,0.5000,200.00,RUB
                    BRANCH_PRICE_DIFFERS,1,1,0.2500,0.00,RUB
                    """)})
    @Operation(summary = "Where mismatches come from", description = "Counts, mismatch rate and the sum of honour "
            + "cost of the verifications in [from, to) (default: the last 30 days), grouped by reason, branch, channel, "
            + "operator (who quoted the amount: a presented quote's issuer, else the caller) or service. "
            + "`Accept: text/csv` answers the same as CSV. Roles: auditor, pricing-admin.")
    public Response discrepancies(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("groupBy") @Parameter(schema = @Schema(type = SchemaType.STRING,
                                          enumeration = {"reason", "branch", "channel", "operator", "service"},
                                          defaultValue = "reason")) String groupBy,
                                  @HeaderParam("Accept") @Parameter(hidden = true) String accept) {
        Period period = Period.parse(from, to, null, clock.instant()).orLast(Duration.ofDays(30));
        log.flush();
        DiscrepancyReport report = reports.discrepancies(period, groupBy == null || groupBy.isBlank() ? "reason"
                : groupBy.trim());
        if (accept != null && accept.contains("text/csv")) {
            return Response.ok(Reports.csv(report), "text/csv").build();
        }
        return Response.ok(report, "application/json").build();
    }
}
