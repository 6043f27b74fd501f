package com.oneprice.pricing;

import com.oneprice.catalog.services.BundlePricing;
import com.oneprice.catalog.services.Component;
import com.oneprice.catalog.services.Service;
import com.oneprice.catalog.services.ServiceSearch;
import com.oneprice.platform.api.Amounts;
import com.oneprice.platform.api.Page;
import com.oneprice.platform.api.PageRequest;
import com.oneprice.pricing.engine.Composition;
import com.oneprice.pricing.engine.ServiceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** {@link ServiceSearch} on the snapshot's {@link com.oneprice.pricing.engine.ServiceIndex}. */
@ApplicationScoped
class SnapshotServiceSearch implements ServiceSearch {

    @Inject
    Snapshots snapshots;

    @Inject
    Clock clock;

    @Override
    public Page<Service> search(String query, PageRequest paging, String category, ServiceKind kind,
                                boolean includeArchived) {
        List<com.oneprice.pricing.engine.Service> kept = snapshots.current().serviceIndex().find(query).stream()
                .filter(s -> includeArchived || !s.archived())
                .filter(s -> category == null || s.category().equals(category))
                .filter(s -> kind == null || s.kind().name().equals(kind.name()))
                .toList();
        int from = (int) Math.min(kept.size(), (long) paging.offset());
        return Page.of(kept.subList(from, Math.min(kept.size(), from + paging.size())).stream().map(this::view)
                .toList(), paging, kept.size());
    }

    private Service view(com.oneprice.pricing.engine.Service service) {
        List<Service.Composition> compositions = service.compositions().stream().map(SnapshotServiceSearch::view)
                .toList();
        return Service.of(service.code().value(), service.name(), service.aliases(), service.category(),
                service.kind(), compositions, service.archivedAt(), clock.instant());
    }

    private static Service.Composition view(Composition composition) {
        var pricing = composition.pricing();
        return new Service.Composition(composition.window().from(), composition.window().to(),
                new BundlePricing(pricing.mode(),
                        pricing.percent() == null ? null : Amounts.percent(pricing.percent())),
                composition.components().stream().map(c -> new Component(c.service().value(), c.quantity()))
                        .sorted(Comparator.comparing(Component::service)).toList());
    }
}
