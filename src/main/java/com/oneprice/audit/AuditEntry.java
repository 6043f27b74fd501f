package com.oneprice.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "AuditEntry", description = "One catalog write: who, when, what, and the entity before and after "
        + "(as the API shows it; absent on create / delete).")
public record AuditEntry(long id, Instant occurredAt, @Schema(example = "admin-1") String actor,
                         @Schema(enumeration = {"branch", "service", "price", "promotion"}) String entity,
                         @Schema(example = "MRI-WEEK") String key,
                         @Schema(enumeration = {"CREATE", "UPDATE", "ARCHIVE", "DELETE", "CLOSE"}) String action,
                         JsonNode before, JsonNode after, String requestId) {
}
