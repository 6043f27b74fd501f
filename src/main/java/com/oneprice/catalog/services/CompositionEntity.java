package com.oneprice.catalog.services;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One effective-dated composition of a bundle; rows are history (append-only, only closing is allowed). */
@Entity
@Table(name = "bundle_composition")
public class CompositionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bundle_id")
    public Long bundleId;
    @Column(name = "valid_from")
    public Instant validFrom;
    @Column(name = "valid_to")
    public Instant validTo;
    public String mode;
    public BigDecimal percent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bundle_component", joinColumns = @JoinColumn(name = "composition_id"))
    @OrderBy("serviceId")
    public List<ComponentRow> components = new ArrayList<>();

    @Embeddable
    public static class ComponentRow {
        @Column(name = "service_id")
        public Long serviceId;
        public int quantity;

        public ComponentRow() {
        }

        public ComponentRow(Long serviceId, int quantity) {
            this.serviceId = serviceId;
            this.quantity = quantity;
        }
    }

    public static List<CompositionEntity> ofBundle(Long bundleId) {
        return list("bundleId = ?1 order by validFrom", bundleId);
    }
}
