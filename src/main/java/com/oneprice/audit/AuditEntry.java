package com.oneprice.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * One catalog write. {@code before} and {@code after} are the entity as its read operation showed it then, kept as
 * JSON: their shape is the one of that day, so the contract declares them as objects whose fields are the entity's
 * (EntityState, mapped in application.properties), which generated clients read as maps.
 */
@Schema(name = "AuditEntry", description = "One catalog write: who, when, what, and the entity before and after "
        + "(as the API shows it; `before` absent on create, `after` absent on delete).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(long id, Instant occurredAt, @Schema(example = "admin-1") String actor,
                         @Schema(enumeration = {"branch", "service", "price", "promotion"}) String entity,
                         @Schema(example = "MRI-WEEK") String key,
                         @Schema(enumeration = {"CREATE", "UPDATE", "ARCHIVE", "DELETE", "CLOSE"}) String action,
                         @Schema(description = "the entity before the write: a Branch, Service, PriceEntry or "
                                 + "Promotion, as `entity` says") JsonNode before,
                         @Schema(description = "the entity after the write, of the same kind") JsonNode after,
                         @Schema(description = "the X-Request-Id of the write; absent for writes made at start-up "
                                 + "(the demo catalog)") String requestId) {
}
