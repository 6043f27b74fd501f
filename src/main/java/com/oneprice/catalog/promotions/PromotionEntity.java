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
    public String discountType;
    public BigDecimal discountValue;
    @Column(columnDefinition = "bpchar")
    public String discountCurrency;
    public Instant startsAt;
    public Instant endsAt;
    public LocalDateTime localFrom;
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
