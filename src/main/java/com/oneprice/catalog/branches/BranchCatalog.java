package com.oneprice.catalog.branches;

import com.oneprice.catalog.CatalogKind;
import com.oneprice.catalog.CatalogPart;
import com.oneprice.catalog.CatalogWrites;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.Page;
import com.oneprice.platform.api.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

@ApplicationScoped
@Transactional
public class BranchCatalog {

    /** Branches as the shared write steps and answers handle them. */
    public static final CatalogKind<BranchEntity, Branch> KIND = new CatalogKind<>("branch", "/branches",
            CatalogPart::branch, BranchEntity::byCode, BranchEntity::byCodeIgnoringCase, BranchEntity::view);

    @Inject
    CatalogWrites writes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Branch> list(PageRequest paging, boolean includeArchived) {
        PanacheQuery<BranchEntity> query = includeArchived ? BranchEntity.findAll(Sort.by("code"))
                : BranchEntity.find("archivedAt is null", Sort.by("code"));
        return paging.read(query, BranchEntity::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BranchEntity> find(String code) {
        return BranchEntity.byCode(code);
    }

    /** Whether the catalog has no branch at all, archived ones included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isEmpty() {
        return BranchEntity.count() == 0;
    }

    /** The id of the branch with this code, which other features keep to refer to it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> idOf(String code) {
        return BranchEntity.byCode(code).map(branch -> branch.id);
    }

    /** The code of the branch with this id, as other features show it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String codeOf(long id) {
        return BranchEntity.<BranchEntity>findById(id).code;
    }

    public BranchEntity create(BranchInput input) {
        return writes.create(KIND, input.code(), BranchEntity::new, branch -> apply(branch, input));
    }

    public Optional<BranchEntity> replace(String code, BranchInput input, String ifMatch) {
        return writes.replace(KIND, code, input.code(), ifMatch, branch -> {
            if (!branch.currency.equals(input.currency()) && hasPrices(branch)) {
                throw ApiException.conflict("branch '" + code + "' has prices in " + branch.currency
                        + "; its currency cannot change", "currency");
            }
            apply(branch, input);
        });
    }

    /** Deletes a branch nothing refers to; archives one that history refers to, so past prices stay reproducible. */
    public boolean remove(String code, String ifMatch) {
        return writes.remove(KIND, code, ifMatch, BranchCatalog::isReferenced, branch -> branch.active = false);
    }

    private static void apply(BranchEntity branch, BranchInput input) {
        branch.name = input.name();
        branch.timezone = input.timezone();
        branch.currency = input.currency();
        branch.active = input.active() == null || input.active();
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
