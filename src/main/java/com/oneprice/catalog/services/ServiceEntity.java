package com.oneprice.catalog.services;

import com.oneprice.pricing.engine.ServiceKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "service")
public class ServiceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] aliases = new String[0];
    public String category;
    public String kind;
    @Column(name = "archived_at")
    public Instant archivedAt;
    @Version
    public int version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<ServiceEntity> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The one whose code is {@code code} but for case: codes are unique regardless of case (V6). */
    public static Optional<ServiceEntity> byCodeIgnoringCase(String code) {
        return find("lower(code) = lower(?1)", code).firstResultOptional();
    }

    public ServiceKind kind() {
        return ServiceKind.valueOf(kind);
    }
}
