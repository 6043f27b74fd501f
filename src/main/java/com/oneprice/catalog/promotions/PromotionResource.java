package com.oneprice.catalog.promotions;

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

@Path("/promotions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog: promotions")
public class PromotionResource {

    @Inject
    PromotionCatalog catalog;

    @GET
    @ReadAccess
    @Operation(summary = "List promotions", description = "Ordered by code; archived ones only with "
            + "`includeArchived=true`. Roles: any; anonymous when public read is on.")
    public Page<Promotion> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                @QueryParam("includeArchived") String includeArchived) {
        return catalog.list(PageRequest.parse(page, size), Params.bool("includeArchived", includeArchived, false));
    }

    @GET
    @Path("/{code}")
    @APIResponse(responseCode = "200", description = "The promotion", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Promotion.class)))
    @ReadAccess
    @Operation(summary = "Read a promotion", description = "The `ETag` header is the version to send in `If-Match`; "
            + "with `If-None-Match` naming it, an unchanged promotion answers 304 without a body.")
    public Response get(@PathParam("code") String code, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return CatalogAnswers.read(PromotionCatalog.KIND, code, catalog.find(code), ifNoneMatch);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", ref = "Location"),
            @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Promotion.class)))
    @Operation(summary = "Create a promotion", description = "Role: pricing-admin.")
    public Response create(@Valid @NotNull Promotion body) {
        return CatalogAnswers.created(PromotionCatalog.KIND, catalog.create(body));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Promotion.class)))
    @Operation(summary = "Replace a promotion", description = "Role: pricing-admin. E.g. end it now by setting "
            + "`window.endsAt`. `If-Match` with the `ETag` you read; stale → 412.")
    public Response replace(@PathParam("code") String code, @Valid @NotNull Promotion body,
                            @HeaderParam("If-Match") String ifMatch) {
        return CatalogAnswers.replaced(PromotionCatalog.KIND, code, catalog.replace(code, body, ifMatch));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Archived")
    @Operation(summary = "Archive a promotion", description = "Role: pricing-admin. Promotions are named by recorded "
            + "quotes and verifications, so they are archived (no longer applied), never deleted. 204.")
    public Response archive(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        return CatalogAnswers.removed(PromotionCatalog.KIND, code, catalog.archive(code, ifMatch));
    }
}
