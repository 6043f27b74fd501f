package com.oneprice.catalog.promotions;

import com.oneprice.catalog.CatalogKind;
import com.oneprice.catalog.CatalogPart;
import com.oneprice.catalog.CatalogWrites;
import com.oneprice.catalog.branches.BranchEntity;
import com.oneprice.catalog.services.ServiceEntity;
import com.oneprice.platform.api.Amounts;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.Page;
import com.oneprice.platform.api.PageRequest;
import com.oneprice.pricing.engine.Codes;
import com.oneprice.pricing.engine.DiscountType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Promotions are edited in place (the audit keeps before and after) and archived, never deleted. */
@ApplicationScoped
@Transactional
public class PromotionCatalog {

    /** Promotions as the shared write steps and answers handle them. */
    public static final CatalogKind<PromotionEntity, Promotion> KIND = new CatalogKind<>("promotion", "/promotions",
            CatalogPart::promotion, PromotionEntity::byCode, PromotionEntity::byCodeIgnoringCase,
            PromotionCatalog::view);

    @Inject
    CatalogWrites writes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Promotion> list(PageRequest paging, boolean includeArchived) {
        PanacheQuery<PromotionEntity> query = includeArchived ? PromotionEntity.findAll(Sort.by("code"))
                : PromotionEntity.find("archivedAt is null", Sort.by("code"));
        return paging.read(query, PromotionCatalog::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PromotionEntity> find(String code) {
        return PromotionEntity.byCode(code);
    }

    public PromotionEntity create(Promotion input) {
        return writes.create(KIND, input.code(), PromotionEntity::new, promotion -> apply(promotion, input));
    }

    public Optional<PromotionEntity> replace(String code, Promotion input, String ifMatch) {
        return writes.replace(KIND, code, input.code(), ifMatch, promotion -> apply(promotion, input));
    }

    /** Quotes and verifications name promotions, so a removed promotion is archived, not deleted. */
    public boolean archive(String code, String ifMatch) {
        return writes.remove(KIND, code, ifMatch, promotion -> true, promotion -> { });
    }

    private static void apply(PromotionEntity promotion, Promotion input) {
        promotion.name = input.name();
        Promotion.Discount discount = input.discount();
        promotion.discountType = discount.type().name();
        promotion.discountValue = discount.value();
        promotion.discountCurrency = discount.currency();
        if (discount.type() == DiscountType.PERCENT) {
            if (discount.value().signum() <= 0 || discount.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw ApiException.invalidField("discount.value", "a percentage must be greater than 0 and at most 100");
            }
            if (discount.currency() != null) {
                throw ApiException.invalidField("discount.currency", "a PERCENT discount has no currency");
            }
        } else if (discount.currency() == null) {
            throw ApiException.invalidField("discount.currency", "is required for " + discount.type());
        } else {
            Amounts.requireMinorUnits("discount.value", discount.value(), discount.currency());
        }
        if ((input.window() == null) == (input.localWindow() == null)) {
            throw ApiException.invalidField(input.window() == null ? "window" : "localWindow",
                    "give exactly one of window (absolute) and localWindow (in each branch's time zone)");
        }
        promotion.startsAt = null;
        promotion.endsAt = null;
        promotion.localFrom = null;
        promotion.localTo = null;
        if (input.window() != null) {
            promotion.startsAt = input.window().startsAt().toInstant();
            promotion.endsAt = input.window().endsAt() == null ? null : input.window().endsAt().toInstant();
            if (promotion.endsAt != null && !promotion.endsAt.isAfter(promotion.startsAt)) {
                throw ApiException.invalidField("window.endsAt", "must be after startsAt");
            }
        } else {
            promotion.localFrom = input.localWindow().from();
            promotion.localTo = input.localWindow().to();
            if (promotion.localTo != null && !promotion.localTo.isAfter(promotion.localFrom)) {
                throw ApiException.invalidField("localWindow.to", "must be after from");
            }
        }
        Promotion.Scope scope = input.scope() == null ? new Promotion.Scope(null, null, null, null) : input.scope();
        promotion.branchIds = ids(scope.branches(), "scope.branches", "branch",
                code -> BranchEntity.byCode(code).map(b -> b.id));
        promotion.serviceIds = ids(scope.services(), "scope.services", "service",
                code -> ServiceEntity.byCode(code).map(s -> s.id));
        promotion.categories = orEmpty(scope.categories()).stream().distinct().toArray(String[]::new);
        List<String> channels = orEmpty(scope.channels());
        for (int i = 0; i < channels.size(); i++) {
            if (!Codes.isChannel(channels.get(i))) {
                throw ApiException.invalidField("scope.channels[" + i + "]",
                        "a channel is UPPER_SNAKE_CASE, e.g. PHONE, WEB_CHAT, MOBILE_APP, KIOSK");
            }
        }
        promotion.channels = channels.stream().distinct().toArray(String[]::new);
        promotion.priority = input.priority() == null ? 0 : input.priority();
        promotion.stackable = input.stackable() != null && input.stackable();
    }

    private static Set<Long> ids(List<String> codes, String field, String what, Function<String, Optional<Long>> lookup) {
        Set<Long> ids = new HashSet<>();
        List<String> list = orEmpty(codes);
        for (int i = 0; i < list.size(); i++) {
            String code = list.get(i);
            String path = field + "[" + i + "]";
            ids.add(lookup.apply(code).orElseThrow(() -> ApiException.unknownReference(path, what, code)));
        }
        return ids;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    static Promotion view(PromotionEntity p) {
        Promotion.Window window = p.startsAt == null ? null : new Promotion.Window(
                p.startsAt.atOffset(ZoneOffset.UTC), p.endsAt == null ? null : p.endsAt.atOffset(ZoneOffset.UTC));
        Promotion.LocalWindow local = p.localFrom == null ? null : new Promotion.LocalWindow(p.localFrom, p.localTo);
        List<String> branches = p.branchIds.stream()
                .map(id -> BranchEntity.<BranchEntity>findById(id).code).sorted().toList();
        List<String> services = p.serviceIds.stream()
                .map(id -> ServiceEntity.<ServiceEntity>findById(id).code).sorted().toList();
        DiscountType type = DiscountType.valueOf(p.discountType);
        BigDecimal value = type == DiscountType.PERCENT ? Amounts.percent(p.discountValue) : Amounts.display(p.discountValue);
        return new Promotion(p.code, p.name, new Promotion.Discount(type, value, p.discountCurrency), window, local,
                new Promotion.Scope(branches, services, List.of(p.categories), List.of(p.channels)),
                p.priority, p.stackable, p.archivedAt);
    }
}
