package com.oneprice.platform.http;

import com.oneprice.platform.security.ReadAccess;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A no-op behind the same token check as pricing: the benchmarks' baseline, and a way to test a token. */
@Path("/ping")
@Tag(name = "Operations")
public class PingResource {

    public record Pong(String status) {
    }

    private static final Pong PONG = new Pong("ok");

    @GET
    @ReadAccess
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a token", description = "Does nothing but the authentication and role check of the "
            + "pricing endpoints (roles: operator, integration, pricing-admin, auditor; anonymous when public read is "
            + "on). The benchmarks in bench/ measure verify against it.")
    public Pong ping() {
        return PONG;
    }
}
