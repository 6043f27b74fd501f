package com.oneprice.catalog.branches;

import com.oneprice.catalog.CatalogAnswers;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/branches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog: branches")
public class BranchResource {

    @Inject
    BranchCatalog catalog;

    @GET
    @ReadAccess
    @Operation(summary = "List branches", description = "Ordered by code. Archived branches only with "
            + "`includeArchived=true`. Roles: any; anonymous when public read is on.")
    public Page<Branch> list(@QueryParam("page") String page, @QueryParam("size") String size,
                             @QueryParam("includeArchived") String includeArchived) {
        return catalog.list(PageRequest.parse(page, size), Params.bool("includeArchived", includeArchived, false));
    }

    @GET
    @Path("/{code}")
    @APIResponse(responseCode = "200", description = "The branch", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Branch.class)))
    @ReadAccess
    @Operation(summary = "Read a branch", description = "The `ETag` header is the version to send in `If-Match`; "
            + "with `If-None-Match` naming it, an unchanged branch answers 304 without a body.")
    public Response get(@PathParam("code") String code, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return CatalogAnswers.read(BranchCatalog.KIND, code, catalog.find(code), ifNoneMatch);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", ref = "Location"),
            @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Branch.class)))
    @Operation(summary = "Create a branch", description = "Role: pricing-admin. Answers 201 with `Location`.")
    public Response create(@Valid @NotNull BranchInput body) {
        return CatalogAnswers.created(BranchCatalog.KIND, catalog.create(body));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Branch.class)))
    @Operation(summary = "Replace a branch", description = "Role: pricing-admin. Send `If-Match` with the `ETag` "
            + "you read; a stale one answers 412. A branch with prices cannot change its currency (409).")
    public Response replace(@PathParam("code") String code, @Valid @NotNull BranchInput body,
                            @HeaderParam("If-Match") String ifMatch) {
        return CatalogAnswers.replaced(BranchCatalog.KIND, code, catalog.replace(code, body, ifMatch));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted, or archived when history refers to it")
    @Operation(summary = "Delete or archive a branch", description = "Role: pricing-admin. A branch that prices or "
            + "promotions refer to is archived (kept, inactive, hidden from lists) so that past prices stay "
            + "reproducible; otherwise it is deleted. 204 either way.")
    public Response remove(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        return CatalogAnswers.removed(BranchCatalog.KIND, code, catalog.remove(code, ifMatch));
    }
}
