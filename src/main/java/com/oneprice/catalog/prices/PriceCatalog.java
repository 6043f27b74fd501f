package com.oneprice.catalog.prices;

import com.oneprice.catalog.CatalogChanges;
import com.oneprice.catalog.CatalogPart;
import com.oneprice.catalog.branches.BranchEntity;
import com.oneprice.catalog.services.ServiceEntity;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.Amounts;
import com.oneprice.platform.api.MoneyJson;
import com.oneprice.platform.api.Page;
import com.oneprice.platform.api.PageRequest;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Prices are history: a new entry closes the open-ended one it lands in and is otherwise only appended. The
 * exclusion constraint {@code price_entry_no_overlap} makes overlaps impossible; the check here names the conflict.
 */
@ApplicationScoped
@Transactional
public class PriceCatalog {

    @Inject
    CatalogChanges changes;

    @Inject
    Clock clock;

    /** What scheduling one price did: the entry it created, and the open-ended one it closed, if any. */
    public record Scheduled(PriceEntry created, PriceEntry closed) {
    }

    public PriceEntry schedule(PriceEntryInput input) {
        return scheduleAndClose(input).created();
    }

    public Scheduled scheduleAndClose(PriceEntryInput input) {
        changes.lock();
        ServiceEntity service = ServiceEntity.byCode(input.service())
                .orElseThrow(() -> ApiException.unknownReference("service", "service", input.service()));
        if (service.archivedAt != null) {
            throw ApiException.unprocessable("service", "service '" + service.code + "' is archived");
        }
        Amounts.requireMinorUnits("amount.amount", input.amount().amount(), input.amount().currency());
        BranchEntity branch = null;
        if (input.branch() != null) {
            branch = BranchEntity.byCode(input.branch())
                    .orElseThrow(() -> ApiException.unknownReference("branch", "branch", input.branch()));
            if (branch.archivedAt != null) {
                throw ApiException.unprocessable("branch", "branch '" + branch.code + "' is archived");
            }
            if (!branch.currency.equals(input.amount().currency())) {
                throw ApiException.invalidField("amount.currency", "branch '" + branch.code + "' prices in "
                        + branch.currency + ", not " + input.amount().currency());
            }
        }
        Instant from = input.validFrom().toInstant();
        Instant to = input.validTo() == null ? null : input.validTo().toInstant();
        if (to != null && !to.isAfter(from)) {
            throw ApiException.invalidField("validTo", "must be after validFrom");
        }
        Long branchId = branch == null ? null : branch.id;
        CatalogPart history = CatalogPart.prices(service.code, branch == null ? null : branch.code);
        PriceEntryEntity open = sameKey(service.id, branchId, "validTo is null and validFrom < :from",
                Parameters.with("from", from)).stream().findFirst().orElse(null);
        PriceEntry closed = null;
        if (open != null) {
            PriceEntry before = view(open);
            open.validTo = from;
            open.flush();
            closed = view(open);
            changes.record(history, open.id.toString(), CatalogChanges.Action.CLOSE, before, closed);
        }
        Parameters window = Parameters.with("from", from);
        if (to != null) {
            window.and("to", to);
        }
        List<PriceEntryEntity> overlapping = sameKey(service.id, branchId,
                (to == null ? "" : "validFrom < :to and ") + "(validTo is null or validTo > :from)", window);
        if (!overlapping.isEmpty()) {
            PriceEntryEntity other = overlapping.get(0);
            throw ApiException.conflict("the window [" + from + ", " + (to == null ? "open" : to) + ") overlaps "
                    + "price entry " + other.id + " [" + other.validFrom + ", "
                    + (other.validTo == null ? "open" : other.validTo) + ") of " + service.code + " at "
                    + (branch == null ? "the network" : "branch " + branch.code), "validFrom", "validTo");
        }
        PriceEntryEntity entry = new PriceEntryEntity();
        entry.serviceId = service.id;
        entry.branchId = branchId;
        entry.amount = input.amount().amount();
        entry.currency = input.amount().currency();
        entry.validFrom = from;
        entry.validTo = to;
        entry.createdBy = changes.actor();
        entry.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.persistAndFlush();
        PriceEntry created = view(entry);
        changes.record(history, entry.id.toString(), CatalogChanges.Action.CREATE, null, created);
        return new Scheduled(created, closed);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PriceEntry> find(long id) {
        return PriceEntryEntity.<PriceEntryEntity>findByIdOptional(id).map(PriceCatalog::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PriceEntry> list(PageRequest paging, String serviceCode, String branchCode, Instant at) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (serviceCode != null) {
            ServiceEntity service = ServiceEntity.byCode(serviceCode)
                    .orElseThrow(() -> ApiException.notFound("service", serviceCode));
            where.append(" and serviceId = :service");
            params.and("service", service.id);
        }
        if (branchCode != null) {
            BranchEntity branch = BranchEntity.byCode(branchCode)
                    .orElseThrow(() -> ApiException.notFound("branch", branchCode));
            where.append(" and branchId = :branch");
            params.and("branch", branch.id);
        }
        if (at != null) {
            where.append(" and validFrom <= :at and (validTo is null or validTo > :at)");
            params.and("at", at);
        }
        return paging.read(PriceEntryEntity.find(where + " order by serviceId, branchId nulls first, validFrom", params),
                PriceCatalog::view);
    }

    private static List<PriceEntryEntity> sameKey(Long serviceId, Long branchId, String condition, Parameters params) {
        String branchCondition = branchId == null ? "branchId is null" : "branchId = :branch";
        if (branchId != null) {
            params.and("branch", branchId);
        }
        return PriceEntryEntity.list("serviceId = :service and " + branchCondition + " and " + condition
                + " order by validFrom", params.and("service", serviceId));
    }

    /** Code lookups by id hit the persistence context's cache after the first of each. */
    static PriceEntry view(PriceEntryEntity e) {
        String service = ServiceEntity.<ServiceEntity>findById(e.serviceId).code;
        String branch = e.branchId == null ? null : BranchEntity.<BranchEntity>findById(e.branchId).code;
        return new PriceEntry(e.id, service, branch, new MoneyJson(Amounts.display(e.amount), e.currency),
                e.validFrom, e.validTo, e.createdAt, e.createdBy);
    }
}
