package com.oneprice.catalog.prices;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.Page;
import com.oneprice.platform.api.PageRequest;
import com.oneprice.platform.api.Params;
import com.oneprice.platform.security.ReadAccess;
import com.oneprice.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/prices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog: prices")
public class PriceResource {

    @Inject
    PriceCatalog catalog;

    @Inject
    PriceImport imports;

    @GET
    @ReadAccess
    @Operation(summary = "List price entries", description = "Filter by `service`, `branch` (that branch's own "
            + "entries) and `at` (entries effective at that instant). Roles: any; anonymous when public read is on.")
    public Page<PriceEntry> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                 @QueryParam("service") String service, @QueryParam("branch") String branch,
                                 @QueryParam("at") String at) {
        return catalog.list(PageRequest.parse(page, size), blank(service), blank(branch),
                Params.instant("at", at, null));
    }

    @GET
    @Path("/{id: [0-9]+}")
    @ReadAccess
    @Operation(summary = "Read a price entry", description = "Roles: any; anonymous when public read is on.")
    public PriceEntry get(@PathParam("id") String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException beyondAnyId) {
            throw ApiException.notFound("price entry", id);
        }
        return catalog.find(key).orElseThrow(() -> ApiException.notFound("price entry", id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Scheduled", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PriceEntry.class)))
    @Operation(summary = "Schedule a price", description = "Role: pricing-admin. Appends an entry; an open-ended "
            + "entry for the same service and branch that starts earlier is closed at the new `validFrom`. A true "
            + "overlap answers 409 naming the conflicting entry. Entries are never edited or deleted.")
    public Response schedule(@Valid @NotNull PriceEntryInput body) {
        PriceEntry entry = catalog.schedule(body);
        return Response.created(URI.create("/prices/" + entry.id())).entity(entry).build();
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import price entries from CSV", description = """
            Role: pricing-admin. The first line names the columns, in any order: `service`, `amount`, `currency`,
            `validFrom` (required), `branch` and `validTo` (empty = network-wide, open-ended); then one entry a line,
            at most 10,000. All or nothing: every row is checked first and all faults are answered together
            (`rows[i].field`, i counting from 0 after the header); then the rows are scheduled in one transaction,
            earliest `validFrom` first, with the same rules as `POST /prices` (closing open-ended entries, 409 on a
            true overlap). `dryRun=true` does all of it and rolls back, answering what would have been created and
            closed (their ids are then not kept).""")
    public PriceImport.Result importCsv(@RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, maxLength = PriceImport.MAX_BYTES,
                    description = "a header line, then at most 10,000 rows"))) String csv,
                                        @QueryParam("dryRun") String dryRun) {
        boolean dry = Params.bool("dryRun", dryRun, false);
        return imports.apply(imports.parse(csv), dry);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
