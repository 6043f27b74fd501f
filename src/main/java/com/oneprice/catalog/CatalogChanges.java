package com.oneprice.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.MDC;

import java.time.Clock;

/**
 * Every catalog write goes through here, inside its transaction: writes are serialised (so checks such as bundle
 * cycles see a stable catalog), audited with before and after, and bump the catalog version, which notifies every
 * instance through PostgreSQL.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CatalogChanges {

    public static final String CHANNEL = "catalog_changed";
    public static final String SYSTEM_ACTOR = "system";

    public enum Action { CREATE, UPDATE, ARCHIVE, DELETE, CLOSE }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Event<CatalogChanged> changed;

    @Inject
    Clock clock;

    /** Takes the catalog write lock until the transaction ends. */
    public void lock() {
        em.createNativeQuery("select pg_advisory_xact_lock(4711)").getSingleResult();
    }

    /**
     * The catalog version the write under way makes (call it holding {@link #lock()}). A new catalog object starts its
     * row version, and so its ETag, there rather than at 0: a code deleted and created again never repeats a tag that
     * a client may still hold for the earlier one.
     */
    public int nextVersion() {
        Number current = (Number) em.createNativeQuery("select version from catalog_version where id = 1")
                .getSingleResult();
        return Math.toIntExact(current.longValue() + 1);
    }

    public void record(String entity, String key, Action action, Object before, Object after) {
        em.createNativeQuery("insert into audit_entry (actor, entity, entity_key, action, before, after, request_id, occurred_at) "
                        + "values (?1, ?2, ?3, ?4, cast(?5 as jsonb), cast(?6 as jsonb), ?7, ?8)")
                .setParameter(1, actor())
                .setParameter(2, entity)
                .setParameter(3, key)
                .setParameter(4, action.name())
                .setParameter(5, toJson(before))
                .setParameter(6, toJson(after))
                .setParameter(7, (String) MDC.get("requestId"))
                .setParameter(8, clock.instant())
                .executeUpdate();
        Number version = (Number) em.createNativeQuery("with v as (update catalog_version set version = version + 1 "
                        + "where id = 1 returning version) select v.version from v, "
                        + "lateral (select pg_notify('" + CHANNEL + "', v.version::text)) n")
                .getSingleResult();
        changed.fire(new CatalogChanged(version.longValue()));
    }

    public String actor() {
        if (Arc.container().requestContext().isActive()) {
            SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
            if (identity != null && !identity.isAnonymous()) {
                return identity.getPrincipal().getName();
            }
        }
        return SYSTEM_ACTOR;
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the audit record", e);
        }
    }
}
