package com.oneprice.catalog.prices;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A price over a half-open window; rows are history (append-only, only closing an open one is allowed). */
@Entity
@Table(name = "price_entry")
public class PriceEntryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "service_id")
    public Long serviceId;
    @Column(name = "branch_id")
    public Long branchId;
    public BigDecimal amount;
    @Column(columnDefinition = "bpchar")
    public String currency;
    @Column(name = "valid_from")
    public Instant validFrom;
    @Column(name = "valid_to")
    public Instant validTo;
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
