package com.oneprice.catalog;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.ETags;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Optional;

/** The answers the catalog resources give for one coded object: its API record with its ETag, or 404. */
public final class CatalogAnswers {

    private CatalogAnswers() {
    }

    /** 200 with the object and its ETag, 304 when {@code If-None-Match} names that tag, 404 when there is none. */
    public static <E extends CatalogEntity, V> Response read(CatalogKind<E, V> kind, String code, Optional<E> found,
                                                             String ifNoneMatch) {
        E entity = found.orElseThrow(() -> ApiException.notFound(kind.noun(), code));
        return ETags.read(ifNoneMatch, kind.tag().apply(entity), () -> kind.view().apply(entity));
    }

    /** 201 with {@code Location}, the object and its ETag. */
    public static <E extends CatalogEntity, V> Response created(CatalogKind<E, V> kind, E entity) {
        return Response.created(URI.create(kind.path() + "/" + entity.code)).entity(kind.view().apply(entity))
                .tag(kind.tag().apply(entity)).build();
    }

    /** 200 with the replaced object and its new ETag, 404 when there was none. */
    public static <E extends CatalogEntity, V> Response replaced(CatalogKind<E, V> kind, String code,
                                                                 Optional<E> replaced) {
        E entity = replaced.orElseThrow(() -> ApiException.notFound(kind.noun(), code));
        return Response.ok(kind.view().apply(entity)).tag(kind.tag().apply(entity)).build();
    }

    /** 204, or 404 when there was none. */
    public static Response removed(CatalogKind<?, ?> kind, String code, boolean found) {
        if (!found) {
            throw ApiException.notFound(kind.noun(), code);
        }
        return Response.noContent().build();
    }
}
