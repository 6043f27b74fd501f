package com.oneprice.catalog.branches;

import com.oneprice.catalog.CatalogChanges;
import com.oneprice.catalog.CatalogPart;
import com.oneprice.platform.ApiException;
import com.oneprice.platform.ETags;
import com.oneprice.platform.Page;
import com.oneprice.platform.PageRequest;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class BranchCatalog {

    @Inject
    CatalogChanges changes;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Branch> list(PageRequest paging, boolean includeArchived) {
        var query = includeArchived ? BranchEntity.findAll(Sort.by("code"))
                : BranchEntity.find("archivedAt is null", Sort.by("code"));
        var items = query.page(paging.page(), paging.size()).<BranchEntity>list().stream()
                .map(BranchEntity::view).toList();
        return Page.of(items, paging, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BranchEntity> find(String code) {
        return BranchEntity.byCode(code);
    }

    public BranchEntity create(BranchInput input) {
        if (input.code() == null) {
            throw ApiException.required("code");
        }
        changes.lock();
        BranchEntity.byCodeIgnoringCase(input.code()).ifPresent(existing -> {
            throw ApiException.conflict("a branch with code '" + existing.code + "' already exists", "code");
        });
        BranchEntity branch = new BranchEntity();
        branch.code = input.code();
        apply(branch, input);
        branch.version = changes.nextVersion();
        branch.persistAndFlush();
        changes.record(CatalogPart.branch(branch.code), CatalogChanges.Action.CREATE, null, branch.view());
        return branch;
    }

    public Optional<BranchEntity> replace(String code, BranchInput input, String ifMatch) {
        if (input.code() != null && !input.code().equals(code)) {
            throw ApiException.invalidField("code", "must be '" + code + "' (the code in the path) or absent");
        }
        changes.lock();
        return BranchEntity.byCode(code).map(branch -> {
            ETags.check(ifMatch, branch.version);
            if (branch.archivedAt != null) {
                throw ApiException.conflict("branch '" + code + "' is archived", "code");
            }
            Branch before = branch.view();
            if (!branch.currency.equals(input.currency()) && hasPrices(branch)) {
                throw ApiException.conflict("branch '" + code + "' has prices in " + branch.currency
                        + "; its currency cannot change", "currency");
            }
            apply(branch, input);
            branch.flush();
            changes.record(CatalogPart.branch(code), CatalogChanges.Action.UPDATE, before, branch.view());
            return branch;
        });
    }

    /** Deletes a branch nothing refers to; archives one that history refers to, so past prices stay reproducible. */
    public boolean remove(String code, String ifMatch) {
        changes.lock();
        Optional<BranchEntity> found = BranchEntity.byCode(code);
        if (found.isEmpty()) {
            return false;
        }
        BranchEntity branch = found.get();
        ETags.check(ifMatch, branch.version);
        Branch before = branch.view();
        if (isReferenced(branch)) {
            if (branch.archivedAt == null) {
                branch.archivedAt = clock.instant();
                branch.active = false;
                branch.updatedAt = clock.instant();
                branch.flush();
                changes.record(CatalogPart.branch(code), CatalogChanges.Action.ARCHIVE, before, branch.view());
            }
        } else {
            branch.delete();
            branch.flush();
            changes.record(CatalogPart.branch(code), CatalogChanges.Action.DELETE, before, null);
        }
        return true;
    }

    private void apply(BranchEntity branch, BranchInput input) {
        branch.name = input.name();
        branch.timezone = input.timezone();
        branch.currency = input.currency();
        branch.active = input.active() == null || input.active();
        branch.updatedAt = clock.instant();
    }

    private static boolean hasPrices(BranchEntity branch) {
        return BranchEntity.getEntityManager()
                .createNativeQuery("select exists (select 1 from price_entry where branch_id = ?1)")
                .setParameter(1, branch.id).getSingleResult().equals(Boolean.TRUE);
    }

    private static boolean isReferenced(BranchEntity branch) {
        return BranchEntity.getEntityManager().createNativeQuery("select exists (select 1 from price_entry where "
                        + "branch_id = ?1) or exists (select 1 from promotion_branch where branch_id = ?1) "
                        + "or exists (select 1 from quote where branch_id = ?1)")
                .setParameter(1, branch.id).getSingleResult().equals(Boolean.TRUE);
    }
}
