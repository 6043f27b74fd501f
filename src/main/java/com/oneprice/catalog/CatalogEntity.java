package com.oneprice.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The columns every coded catalog object (branch, service, promotion) has, which {@link CatalogWrites} maintains: its
 * code, unique regardless of case; its row version, which is its ETag; when it was archived and last changed.
 */
@MappedSuperclass
public abstract class CatalogEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public Instant archivedAt;
    @Version
    public int version;
    public Instant updatedAt;
}
