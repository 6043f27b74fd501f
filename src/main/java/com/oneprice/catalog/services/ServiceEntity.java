package com.oneprice.catalog.services;

import com.oneprice.catalog.CatalogEntity;
import com.oneprice.pricing.engine.ServiceKind;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Optional;

@Entity
@Table(name = "service")
public class ServiceEntity extends CatalogEntity {

    public String name;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] aliases = new String[0];
    public String category;
    public String kind;

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
