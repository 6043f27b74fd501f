package com.oneprice.catalog.services;

import com.oneprice.catalog.CatalogKind;
import com.oneprice.catalog.CatalogPart;
import com.oneprice.catalog.CatalogWrites;
import com.oneprice.platform.api.Amounts;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.ETags;
import com.oneprice.platform.api.Page;
import com.oneprice.platform.api.PageRequest;
import com.oneprice.pricing.engine.BundleMode;
import com.oneprice.pricing.engine.ServiceKind;
import com.oneprice.words.Text;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class ServiceCatalog {

    @Inject
    CatalogWrites writes;

    @Inject
    Clock clock;

    /** Services as the shared write steps and answers handle them; a bundle's view and ETag depend on the clock. */
    private final CatalogKind<ServiceEntity, Service> kind = new CatalogKind<>("service", "/services",
            CatalogPart::service, ServiceEntity::byCode, ServiceEntity::byCodeIgnoringCase, this::view, this::tag);

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Service> list(PageRequest paging, String category, ServiceKind kind, boolean includeArchived) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!includeArchived) {
            where.append(" and archivedAt is null");
        }
        if (category != null) {
            where.append(" and category = :category");
            params.and("category", category);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind.name());
        }
        return paging.read(ServiceEntity.find(where.toString(), Sort.by("code"), params), this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServiceEntity> find(String code) {
        return ServiceEntity.byCode(code);
    }

    public CatalogKind<ServiceEntity, Service> kind() {
        return kind;
    }

    public ServiceEntity create(ServiceInput input) {
        return writes.create(kind, input.code(), ServiceEntity::new, service -> {
            checkShape(input);
            service.kind = input.kind().name();
            service.name = input.name();
            service.aliases = aliases(input);
            service.category = input.category();
        }, service -> {
            if (input.kind() == ServiceKind.BUNDLE) {
                addComposition(service, input, from(input));
            }
        });
    }

    public Optional<ServiceEntity> replace(String code, ServiceInput input, String ifMatch) {
        return writes.replace(kind, code, input.code(), ifMatch, service -> {
            if (service.kind() != input.kind()) {
                throw ApiException.conflict("service '" + code + "' is a " + service.kind
                        + "; its kind cannot change (create a new service)", "kind");
            }
            checkShape(input);
            service.name = input.name();
            service.aliases = aliases(input);
            service.category = input.category();
            if (service.kind() == ServiceKind.BUNDLE) {
                replaceComposition(service, input);
            }
        });
    }

    /** Deletes a service nothing refers to; archives one that history refers to. */
    public boolean remove(String code, String ifMatch) {
        return writes.remove(kind, code, ifMatch, ServiceCatalog::isReferenced, service -> { });
    }

    public Service view(ServiceEntity service) {
        List<Service.Composition> compositions = List.of();
        if (service.kind() == ServiceKind.BUNDLE) {
            List<CompositionEntity> history = CompositionEntity.ofBundle(service.id);
            Map<Long, String> codes = codesOf(history.stream().flatMap(c -> c.components.stream())
                    .map(r -> r.serviceId).collect(Collectors.toSet()));
            compositions = history.stream().map(c -> new Service.Composition(c.validFrom, c.validTo, pricing(c),
                    components(c, codes))).toList();
        }
        return Service.of(service.code, service.name, List.of(service.aliases), service.category, service.kind(),
                compositions, service.archivedAt, clock.instant());
    }

    /**
     * The service's ETag: its row version, and for a bundle also the start of the composition its view shows as
     * current, which changes with time alone when a scheduled composition takes effect.
     */
    public EntityTag tag(ServiceEntity service) {
        if (service.kind() == ServiceKind.SIMPLE) {
            return ETags.of(service.version);
        }
        CompositionEntity current = current(CompositionEntity.ofBundle(service.id), c -> c.validFrom,
                c -> c.validTo);
        return new EntityTag(service.version + (current == null ? "" : "." + current.validFrom.toEpochMilli()));
    }

    /** The composition in effect now, or when none is, the last one. */
    private <C> C current(List<C> compositions, Function<C, Instant> from, Function<C, Instant> to) {
        return Service.current(compositions, from, to, clock.instant());
    }

    private static BundlePricing pricing(CompositionEntity c) {
        return new BundlePricing(BundleMode.valueOf(c.mode), c.percent == null ? null : Amounts.percent(c.percent));
    }

    private static List<Component> components(CompositionEntity c, Map<Long, String> codes) {
        return c.components.stream().map(r -> new Component(codes.get(r.serviceId), r.quantity))
                .sorted(Comparator.comparing(Component::service)).toList();
    }

    private static Map<Long, String> codesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ServiceEntity.<ServiceEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s.code));
    }

    private Instant from(ServiceInput input) {
        return input.compositionFrom() == null ? clock.instant() : input.compositionFrom().toInstant();
    }

    /** The aliases trimmed; one given twice (ignoring case) is refused rather than silently dropped. */
    private static String[] aliases(ServiceInput input) {
        if (input.aliases() == null) {
            return new String[0];
        }
        Set<String> seen = new HashSet<>();
        List<String> aliases = input.aliases().stream().map(String::strip).toList();
        for (int i = 0; i < aliases.size(); i++) {
            if (!seen.add(aliases.get(i).toLowerCase(Locale.ROOT))) {
                throw ApiException.invalidField("aliases[" + i + "]", Text.of("field.alias-twice", aliases.get(i)));
            }
        }
        return aliases.toArray(String[]::new);
    }

    private static void checkShape(ServiceInput input) {
        boolean hasComponents = input.components() != null && !input.components().isEmpty();
        if (input.kind() == ServiceKind.SIMPLE) {
            if (input.bundlePricing() != null) {
                throw ApiException.invalidField("bundlePricing", "only a BUNDLE has bundle pricing");
            }
            if (hasComponents) {
                throw ApiException.invalidField("components", "only a BUNDLE has components");
            }
            return;
        }
        if (input.bundlePricing() == null) {
            throw ApiException.invalidField("bundlePricing", "is required for a BUNDLE");
        }
        if (!hasComponents) {
            throw ApiException.invalidField("components", "a BUNDLE needs at least one component");
        }
        BigDecimal percent = input.bundlePricing().percent();
        if (input.bundlePricing().mode() == BundleMode.SUM_MINUS_PERCENT) {
            if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw ApiException.invalidField("bundlePricing.percent", "must be greater than 0 and less than 100");
            }
        } else if (percent != null) {
            throw ApiException.invalidField("bundlePricing.percent", "only SUM_MINUS_PERCENT takes a percent");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.components().size(); i++) {
            if (!seen.add(input.components().get(i).service())) {
                throw ApiException.invalidField("components[" + i + "].service", "'"
                        + input.components().get(i).service() + "' is listed twice; use quantity");
            }
        }
    }

    private void replaceComposition(ServiceEntity bundle, ServiceInput input) {
        List<CompositionEntity> history = CompositionEntity.ofBundle(bundle.id);
        CompositionEntity open = history.stream().filter(c -> c.validTo == null).findFirst().orElse(null);
        List<CompositionEntity.ComponentRow> wanted = rows(bundle, input);
        if (open != null && samePricing(open, input.bundlePricing()) && sameRows(open.components, wanted)) {
            return;
        }
        Instant from = from(input);
        if (open != null) {
            if (!from.isAfter(open.validFrom)) {
                throw ApiException.conflict("compositionFrom " + from + " must be after the current composition's "
                        + "start " + open.validFrom + ": compositions are history", "compositionFrom");
            }
            open.validTo = from;
            open.flush();
        }
        addComposition(bundle, input, from);
    }

    private void addComposition(ServiceEntity bundle, ServiceInput input, Instant from) {
        CompositionEntity composition = new CompositionEntity();
        composition.bundleId = bundle.id;
        composition.validFrom = from;
        composition.mode = input.bundlePricing().mode().name();
        composition.percent = input.bundlePricing().percent();
        composition.components = rows(bundle, input);
        rejectCycles(bundle, composition.components);
        composition.persistAndFlush();
    }

    private static List<CompositionEntity.ComponentRow> rows(ServiceEntity bundle, ServiceInput input) {
        List<CompositionEntity.ComponentRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < input.components().size(); i++) {
            Component component = input.components().get(i);
            String field = "components[" + i + "].service";
            ServiceEntity part = ServiceEntity.byCode(component.service())
                    .orElseThrow(() -> ApiException.unknownReference(field, "service", component.service()));
            if (part.archivedAt != null) {
                throw ApiException.unprocessable(field, "service '" + part.code + "' is archived");
            }
            if (part.code.equals(bundle.code)) {
                throw ApiException.unprocessable(field, "a bundle cannot contain itself");
            }
            rows.add(new CompositionEntity.ComponentRow(part.id, component.quantity()));
        }
        return rows;
    }

    /** Any composition, past or future, counts: a cycle at some instant would make that instant unpriceable. */
    private static void rejectCycles(ServiceEntity bundle, List<CompositionEntity.ComponentRow> components) {
        Map<Long, Set<Long>> contains = new HashMap<>();
        for (CompositionEntity c : CompositionEntity.<CompositionEntity>listAll()) {
            c.components.forEach(r -> contains.computeIfAbsent(c.bundleId, k -> new HashSet<>()).add(r.serviceId));
        }
        Deque<Long> todo = new ArrayDeque<>();
        components.forEach(r -> todo.push(r.serviceId));
        Set<Long> visited = new HashSet<>();
        while (!todo.isEmpty()) {
            Long next = todo.pop();
            if (next.equals(bundle.id)) {
                throw ApiException.unprocessable("components", "the composition would make bundle '" + bundle.code
                        + "' contain itself through its components");
            }
            if (visited.add(next)) {
                contains.getOrDefault(next, Set.of()).forEach(todo::push);
            }
        }
    }

    private static boolean samePricing(CompositionEntity c, BundlePricing pricing) {
        return c.mode.equals(pricing.mode().name()) && (c.percent == null ? pricing.percent() == null
                : pricing.percent() != null && c.percent.compareTo(pricing.percent()) == 0);
    }

    private static boolean sameRows(List<CompositionEntity.ComponentRow> a, List<CompositionEntity.ComponentRow> b) {
        Map<Long, Integer> left = a.stream().collect(Collectors.toMap(r -> r.serviceId, r -> r.quantity));
        Map<Long, Integer> right = b.stream().collect(Collectors.toMap(r -> r.serviceId, r -> r.quantity));
        return Objects.equals(left, right);
    }

    private static boolean isReferenced(ServiceEntity service) {
        return ServiceEntity.getEntityManager().createNativeQuery("select exists (select 1 from price_entry where "
                        + "service_id = ?1) or exists (select 1 from bundle_component where service_id = ?1) "
                        + "or exists (select 1 from bundle_composition where bundle_id = ?1) "
                        + "or exists (select 1 from promotion_service where service_id = ?1)")
                .setParameter(1, service.id).getSingleResult().equals(Boolean.TRUE);
    }
}
