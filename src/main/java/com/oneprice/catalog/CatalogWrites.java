package com.oneprice.catalog;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one way a coded catalog object is written, in the caller's transaction: take the catalog write lock, find the
 * object, check the {@code If-Match} ETag, refuse an archived one, apply the change, then stamp it and record it in
 * the audit and the change log with its API record before and after ({@link CatalogChanges}). Each catalog says only
 * what its change is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CatalogWrites {

    @Inject
    CatalogChanges changes;

    @Inject
    Clock clock;

    /**
     * A new object with {@code code}: {@code fill} sets (and checks) its own fields before it is stored, and
     * {@code stored}, given its id, writes what refers to it (a bundle's composition).
     */
    public <E extends CatalogEntity, V> E create(CatalogKind<E, V> kind, String code, Supplier<E> blank,
                                                 Consumer<E> fill, Consumer<E> stored) {
        if (code == null) {
            throw ApiException.required("code");
        }
        changes.lock();
        kind.byCodeIgnoringCase().apply(code).ifPresent(existing -> {
            throw ApiException.conflict("a " + kind.noun() + " with code '" + existing.code + "' already exists",
                    "code");
        });
        E entity = blank.get();
        entity.code = code;
        fill.accept(entity);
        entity.updatedAt = clock.instant();
        entity.version = changes.nextVersion();
        entity.persistAndFlush();
        stored.accept(entity);
        changes.record(kind.part().apply(code), CatalogChanges.Action.CREATE, null, kind.view().apply(entity));
        return entity;
    }

    public <E extends CatalogEntity, V> E create(CatalogKind<E, V> kind, String code, Supplier<E> blank,
                                                 Consumer<E> fill) {
        return create(kind, code, blank, fill, entity -> { });
    }

    /**
     * The object at {@code code} changed by {@code change} (which may refuse it), or empty when there is none. The
     * body may leave its code out, or repeat the path's.
     */
    public <E extends CatalogEntity, V> Optional<E> replace(CatalogKind<E, V> kind, String code, String bodyCode,
                                                            String ifMatch, Consumer<E> change) {
        if (bodyCode != null && !bodyCode.equals(code)) {
            throw ApiException.invalidField("code", "must be '" + code + "' (the code in the path) or absent");
        }
        changes.lock();
        return kind.byCode().apply(code).map(entity -> {
            ETags.check(ifMatch, kind.tag().apply(entity));
            if (entity.archivedAt != null) {
                throw ApiException.conflict(kind.noun() + " '" + code + "' is archived", "code");
            }
            V before = kind.view().apply(entity);
            change.accept(entity);
            entity.updatedAt = clock.instant();
            entity.flush();
            changes.record(kind.part().apply(code), CatalogChanges.Action.UPDATE, before, kind.view().apply(entity));
            return entity;
        });
    }

    /**
     * Deletes the object at {@code code} when nothing refers to it, else archives it ({@code archiving} says what
     * else archiving changes); false when there is none. Archiving an archived object changes nothing.
     */
    public <E extends CatalogEntity, V> boolean remove(CatalogKind<E, V> kind, String code, String ifMatch,
                                                       Predicate<E> referenced, Consumer<E> archiving) {
        changes.lock();
        Optional<E> found = kind.byCode().apply(code);
        if (found.isEmpty()) {
            return false;
        }
        E entity = found.get();
        ETags.check(ifMatch, kind.tag().apply(entity));
        V before = kind.view().apply(entity);
        if (!referenced.test(entity)) {
            entity.delete();
            entity.flush();
            changes.record(kind.part().apply(code), CatalogChanges.Action.DELETE, before, null);
        } else if (entity.archivedAt == null) {
            entity.archivedAt = clock.instant();
            archiving.accept(entity);
            entity.updatedAt = clock.instant();
            entity.flush();
            changes.record(kind.part().apply(code), CatalogChanges.Action.ARCHIVE, before, kind.view().apply(entity));
        }
        return true;
    }
}
