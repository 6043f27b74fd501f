package com.oneprice.catalog.promotions;

import com.oneprice.catalog.CatalogEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@Entity
@Table(name = "promotion")
public class PromotionEntity extends CatalogEntity {

    public String name;
    @Column(name = "discount_type")
    public String discountType;
    @Column(name = "discount_value")
    public BigDecimal discountValue;
    @Column(name = "discount_currency", columnDefinition = "bpchar")
    public String discountCurrency;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    @Column(name = "local_from")
    public LocalDateTime localFrom;
    @Column(name = "local_to")
    public LocalDateTime localTo;
    public int priority;
    public boolean stackable;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] channels = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] categories = new String[0];

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promotion_branch", joinColumns = @JoinColumn(name = "promotion_id"))
    @Column(name = "branch_id")
    public Set<Long> branchIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promotion_service", joinColumns = @JoinColumn(name = "promotion_id"))
    @Column(name = "service_id")
    public Set<Long> serviceIds = new HashSet<>();

    public static Optional<PromotionEntity> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The one whose code is {@code code} but for case: codes are unique regardless of case (V6). */
    public static Optional<PromotionEntity> byCodeIgnoringCase(String code) {
        return find("lower(code) = lower(?1)", code).firstResultOptional();
    }
}
