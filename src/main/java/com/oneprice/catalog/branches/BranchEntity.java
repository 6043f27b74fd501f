package com.oneprice.catalog.branches;

import com.oneprice.catalog.CatalogEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "branch")
public class BranchEntity extends CatalogEntity {

    public String name;
    public String timezone;
    @Column(columnDefinition = "bpchar")
    public String currency;
    public boolean active;
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<BranchEntity> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The one whose code is {@code code} but for case: codes are unique regardless of case (V6). */
    public static Optional<BranchEntity> byCodeIgnoringCase(String code) {
        return find("lower(code) = lower(?1)", code).firstResultOptional();
    }

    Branch view() {
        return new Branch(code, name, timezone, currency, active, archivedAt);
    }
}
