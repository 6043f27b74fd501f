package com.oneprice.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * The columns of a row of history (a price, a bundle's composition): it holds over the half-open window
 * {@code [validFrom, validTo)}, open-ended while {@code validTo} is null; rows are only appended, and closing an open
 * one is the only change allowed.
 */
@MappedSuperclass
public abstract class HistoryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant validFrom;
    public Instant validTo;
}
