package com.oneprice.catalog.prices;

import com.oneprice.catalog.HistoryEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A price of a service at a branch, or network-wide where {@code branchId} is null, over its window. */
@Entity
@Table(name = "price_entry")
public class PriceEntryEntity extends HistoryEntity {

    public Long serviceId;
    public Long branchId;
    public BigDecimal amount;
    @Column(columnDefinition = "bpchar")
    public String currency;
    @Column(updatable = false)
    public Instant createdAt;
    public String createdBy;
}
