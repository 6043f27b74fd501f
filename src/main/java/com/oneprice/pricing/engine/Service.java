package com.oneprice.pricing.engine;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service of the catalog. An archived one is no longer sold, but stays priced from its history so that past
 * answers and quotes can be reproduced and verified. {@code aliases} are other names customers use for it ("МРТ
 * колена", "knee MRI"); {@link ServiceIndex} finds it by them as by its name and code.
 */
public record Service(ServiceCode code, String name, String category, ServiceKind kind, List<Composition> compositions,
                      Instant archivedAt, List<String> aliases) {
    public Service {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        category = category == null ? "" : category;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        compositions = compositions.stream().sorted(Comparator.comparing(c -> c.window().from())).toList();
        if (kind == ServiceKind.SIMPLE && !compositions.isEmpty()) {
            throw new IllegalArgumentException("a SIMPLE service has no compositions");
        }
        for (int i = 1; i < compositions.size(); i++) {
            if (compositions.get(i - 1).window().overlaps(compositions.get(i).window())) {
                throw new IllegalArgumentException("compositions of " + code + " overlap");
            }
        }
    }

    public Service(ServiceCode code, String name, String category, ServiceKind kind, List<Composition> compositions) {
        this(code, name, category, kind, compositions, null, List.of());
    }

    public static Service simple(String code, String category) {
        return new Service(new ServiceCode(code), code, category, ServiceKind.SIMPLE, List.of());
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public Optional<Composition> compositionAt(Instant at) {
        for (Composition c : compositions) {
            if (c.window().contains(at)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
