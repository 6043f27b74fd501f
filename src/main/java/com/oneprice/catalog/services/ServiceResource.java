package com.oneprice.catalog.services;

import com.oneprice.catalog.CatalogAnswers;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.Page;
import com.oneprice.platform.api.PageRequest;
import com.oneprice.platform.api.Params;
import com.oneprice.platform.security.ReadAccess;
import com.oneprice.platform.security.Roles;
import com.oneprice.pricing.engine.ServiceKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog: services and bundles")
public class ServiceResource {

    @Inject
    ServiceCatalog catalog;

    @Inject
    ServiceSearch search;

    @GET
    @ReadAccess
    @Operation(summary = "List or search services", description = "Ordered by code; filter by `category` and "
            + "`kind`. With `q`, the services whose code, name or aliases match it, best first: in Russian or "
            + "English, tolerant of a wrong letter or two, of a word cut short or in another grammatical form, and of "
            + "a query typed on the other keyboard layout (`vhn rjktyf` finds `МРТ колена`). A query equal to a code "
            + "finds that service first; services matching fewer than half of the query's words are left out. "
            + "Searching reads the in-memory pricing snapshot, so a catalog write shows in it within the snapshot's "
            + "delay (see the README). Roles: any; anonymous when public read is on.")
    public Page<Service> list(@QueryParam("page") String page, @QueryParam("size") String size,
                              @QueryParam("category") String category,
                              @QueryParam("kind") @Parameter(schema = @Schema(implementation = ServiceKind.class)) String kind,
                              @QueryParam("includeArchived") String includeArchived,
                              @QueryParam("q") @Parameter(example = "мрт колена") String q) {
        PageRequest paging = PageRequest.parse(page, size);
        boolean archived = Params.bool("includeArchived", includeArchived, false);
        if (q != null && !q.isBlank()) {
            return search.search(q.strip(), paging, blankToNull(category), kind(kind), archived);
        }
        return catalog.list(paging, blankToNull(category), kind(kind), archived);
    }

    @GET
    @Path("/{code}")
    @APIResponse(responseCode = "200", description = "The service", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Service.class)))
    @ReadAccess
    @Operation(summary = "Read a service", description = "A bundle includes its composition history. `ETag` and "
            + "`If-None-Match` as for branches.")
    public Response get(@PathParam("code") String code, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return CatalogAnswers.read(catalog.kind(), code, catalog.find(code), ifNoneMatch);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", ref = "Location"),
            @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Service.class)))
    @Operation(summary = "Create a service or bundle", description = "Role: pricing-admin. Components must exist; "
            + "a bundle that would contain itself (directly or through nested bundles) is refused with 422.")
    public Response create(@Valid @NotNull ServiceInput body) {
        return CatalogAnswers.created(catalog.kind(), catalog.create(body));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Service.class)))
    @Operation(summary = "Replace a service", description = "Role: pricing-admin. `If-Match` as for branches. "
            + "A changed bundle composition starts at `compositionFrom` (default now); earlier ones stay.")
    public Response replace(@PathParam("code") String code, @Valid @NotNull ServiceInput body,
                            @HeaderParam("If-Match") String ifMatch) {
        return CatalogAnswers.replaced(catalog.kind(), code, catalog.replace(code, body, ifMatch));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted, or archived when prices, bundles or promotions refer to it")
    @Operation(summary = "Delete or archive a service", description = "Role: pricing-admin. A service with prices, "
            + "in a bundle or in a promotion is archived instead of deleted. 204 either way.")
    public Response remove(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        return CatalogAnswers.removed(catalog.kind(), code, catalog.remove(code, ifMatch));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ServiceKind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ServiceKind.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("kind", "must be SIMPLE or BUNDLE");
        }
    }
}
