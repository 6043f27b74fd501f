package com.oneprice.catalog.services;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.oneprice.pricing.engine.ServiceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

@Schema(name = "Service", description = "Something a branch sells. A BUNDLE shows its current composition "
        + "(`bundlePricing`, `components`) and its whole history (`compositions`).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Service(
        @Schema(example = "CHECKUP-BASIC") String code,
        @Schema(example = "Базовый чекап") String name,
        @Schema(description = "other names customers use for it, found by `GET /services?q=`",
                example = "[\"чекап\", \"basic check-up\"]") List<String> aliases,
        @Schema(example = "checkups") String category,
        ServiceKind kind,
        BundlePricing bundlePricing,
        List<Component> components,
        List<Composition> compositions,
        Instant archivedAt) {

    @Schema(name = "Composition", description = "A bundle's composition over the half-open window [validFrom, validTo); "
            + "no `validTo` = the current one.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Composition(Instant validFrom, Instant validTo, BundlePricing bundlePricing,
                              List<Component> components) {
    }

    /** A service as the API shows it; a bundle with the composition in force {@code now} (else its latest) on top. */
    public static Service of(String code, String name, List<String> aliases, String category, ServiceKind kind,
                             List<Composition> compositions, Instant archivedAt, Instant now) {
        if (kind == ServiceKind.SIMPLE) {
            return new Service(code, name, aliases, category, kind, null, null, null, archivedAt);
        }
        Composition current = current(compositions, Composition::validFrom, Composition::validTo, now);
        return new Service(code, name, aliases, category, kind, current == null ? null : current.bundlePricing(),
                current == null ? List.of() : current.components(), compositions, archivedAt);
    }

    /** Of {@code compositions} (oldest first), the one in effect {@code now}, or when none is, the last one. */
    public static <C> C current(List<C> compositions, Function<C, Instant> from, Function<C, Instant> to,
                                Instant now) {
        return compositions.stream()
                .filter(c -> !from.apply(c).isAfter(now) && (to.apply(c) == null || to.apply(c).isAfter(now)))
                .findFirst().orElse(compositions.isEmpty() ? null : compositions.get(compositions.size() - 1));
    }
}
