package com.oneprice.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.MDC;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * Every catalog write goes through here, inside its transaction: writes are serialised (so checks such as bundle
 * cycles see a stable catalog) and audited with before and after. A transaction that writes the catalog is one new
 * catalog version, however many rows it writes (an import of many prices is one version): the first change bumps the
 * version, which notifies every instance through PostgreSQL, and each part the transaction changes is written once to
 * the change log under that version, so that pricing snapshots re-read only those parts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CatalogChanges {

    public static final String CHANNEL = "catalog_changed";
    public static final String SYSTEM_ACTOR = "system";
    /**
     * How many versions the change log keeps: an instance further behind than that, or one that missed a version the
     * log does not hold, reloads its snapshot whole. Each write prunes what falls out of this window.
     */
    public static final long LOG_VERSIONS = 10_000;

    public enum Action { CREATE, UPDATE, ARCHIVE, DELETE, CLOSE }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Event<CatalogChanged> changed;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    Clock clock;

    /** One transaction's catalog version and the parts already logged under it. */
    private record Write(long version, Set<CatalogPart> logged) {
    }

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
        Write write = (Write) transaction.getResource(Write.class);
        if (write != null) {
            return Math.toIntExact(write.version());
        }
        Number current = (Number) em.createNativeQuery("select version from catalog_version where id = 1")
                .getSingleResult();
        return Math.toIntExact(current.longValue() + 1);
    }

    /** A change of a branch, a service or a promotion, audited under its code. */
    public void record(CatalogPart part, Action action, Object before, Object after) {
        record(part, part.code(), action, before, after);
    }

    /** A change of {@code part}, audited under {@code key} (a price entry's id, for example). */
    public void record(CatalogPart part, String key, Action action, Object before, Object after) {
        em.createNativeQuery("insert into audit_entry (actor, entity, entity_key, action, before, after, request_id, occurred_at) "
                        + "values (?1, ?2, ?3, ?4, cast(?5 as jsonb), cast(?6 as jsonb), ?7, ?8)")
                .setParameter(1, actor())
                .setParameter(2, part.kind().auditEntity)
                .setParameter(3, key)
                .setParameter(4, action.name())
                .setParameter(5, toJson(before))
                .setParameter(6, toJson(after))
                .setParameter(7, (String) MDC.get("requestId"))
                .setParameter(8, clock.instant())
                .executeUpdate();
        Write write = write();
        if (write.logged().add(part)) {
            em.createNativeQuery("insert into catalog_change (version, part, code, branch) "
                            + "values (?1, ?2, ?3, cast(?4 as text))")
                    .setParameter(1, write.version())
                    .setParameter(2, part.kind().logName())
                    .setParameter(3, part.code())
                    .setParameter(4, part.branch())
                    .executeUpdate();
        }
    }

    /** This transaction's version: the next one, taken at its first change, which also prunes the change log. */
    private Write write() {
        Write write = (Write) transaction.getResource(Write.class);
        if (write == null) {
            Number version = (Number) em.createNativeQuery("with v as (update catalog_version set version = version + 1 "
                            + "where id = 1 returning version) select v.version from v, "
                            + "lateral (select pg_notify('" + CHANNEL + "', v.version::text)) n")
                    .getSingleResult();
            write = new Write(version.longValue(), new HashSet<>());
            transaction.putResource(Write.class, write);
            em.createNativeQuery("delete from catalog_change where version <= ?1")
                    .setParameter(1, write.version() - LOG_VERSIONS)
                    .executeUpdate();
            changed.fire(new CatalogChanged(write.version()));
        }
        return write;
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
