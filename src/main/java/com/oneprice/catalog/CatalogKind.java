package com.oneprice.catalog;

import com.oneprice.platform.api.ETags;
import jakarta.ws.rs.core.EntityTag;

import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of coded catalog object as the shared write steps ({@link CatalogWrites}) and answers
 * ({@link CatalogAnswers}) handle it: what it is called, where it lives, how it is found, and the one mapping of its
 * entity to the API record that answers, the audit and the change log all show.
 *
 * @param noun     what messages call it ("branch")
 * @param path     its collection's path ("/branches")
 * @param part     the part of the catalog a write of one changes
 * @param byCode   finds one by its exact code
 * @param byCodeIgnoringCase finds one whose code differs at most by case (codes are unique regardless of case, V6)
 * @param view     its API record
 * @param tag      its ETag
 */
public record CatalogKind<E extends CatalogEntity, V>(String noun, String path, Function<String, CatalogPart> part,
                                                      Function<String, Optional<E>> byCode,
                                                      Function<String, Optional<E>> byCodeIgnoringCase,
                                                      Function<E, V> view, Function<E, EntityTag> tag) {

    /** A kind whose ETag is its row version. */
    public CatalogKind(String noun, String path, Function<String, CatalogPart> part,
                       Function<String, Optional<E>> byCode, Function<String, Optional<E>> byCodeIgnoringCase,
                       Function<E, V> view) {
        this(noun, path, part, byCode, byCodeIgnoringCase, view, e -> ETags.of(e.version));
    }
}
