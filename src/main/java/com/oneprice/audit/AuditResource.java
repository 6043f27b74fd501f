package com.oneprice.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.Page;
import com.oneprice.platform.api.PageRequest;
import com.oneprice.platform.api.Params;
import com.oneprice.platform.api.Period;
import com.oneprice.platform.security.Roles;
import com.oneprice.words.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    private static final Set<String> ENTITIES = Set.of("branch", "service", "price", "promotion");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Who changed what in the catalog", description = "Newest first; filter by `entity` "
            + "(branch, service, price, promotion), `key` (its code or id) and time [from, to). Roles: auditor, "
            + "pricing-admin.")
    public Page<AuditEntry> list(@QueryParam("entity") @Parameter(schema = @Schema(type = SchemaType.STRING,
                                         enumeration = {"branch", "service", "price", "promotion"})) String entity,
                                 @QueryParam("key") String key,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        if (entity != null && !entity.isBlank() && !ENTITIES.contains(entity.trim())) {
            throw ApiException.invalidField("entity", Text.of("field.one-of", "branch, service, price, promotion"));
        }
        List<String> conditions = new ArrayList<>(List.of("true"));
        List<Object> values = new ArrayList<>();
        if (entity != null && !entity.isBlank()) {
            values.add(entity.trim());
            conditions.add("entity = ?" + values.size());
        }
        if (key != null && !key.isBlank()) {
            values.add(key.trim());
            conditions.add("entity_key = ?" + values.size());
        }
        Period period = Period.parse(from, to, null, null);
        if (period.from() != null) {
            values.add(period.from());
            conditions.add("occurred_at >= ?" + values.size());
        }
        if (period.to() != null) {
            values.add(period.to());
            conditions.add("occurred_at < ?" + values.size());
        }
        String where = String.join(" and ", conditions);
        Query count = em.createNativeQuery("select count(*) from audit_entry where " + where);
        Query select = em.createNativeQuery("select id, occurred_at, actor, entity, entity_key, action, before::text, "
                + "after::text, request_id from audit_entry where " + where + " order by id desc limit "
                + paging.size() + " offset " + paging.offset());
        for (int i = 0; i < values.size(); i++) {
            count.setParameter(i + 1, values.get(i));
            select.setParameter(i + 1, values.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<AuditEntry> items = rows.stream().map(r -> new AuditEntry(((Number) r[0]).longValue(), instant(r[1]),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], node((String) r[6]), node((String) r[7]),
                (String) r[8])).toList();
        return Page.of(items, paging, ((Number) count.getSingleResult()).longValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private JsonNode node(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit record", e);
        }
    }
}
