package com.oneprice.catalog.services;

import com.oneprice.catalog.HistoryEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a bundle is made of over its window: its components and how their prices make its own. */
@Entity
@Table(name = "bundle_composition")
public class CompositionEntity extends HistoryEntity {

    public Long bundleId;
    public String mode;
    public BigDecimal percent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bundle_component", joinColumns = @JoinColumn(name = "composition_id"))
    @OrderBy("serviceId")
    public List<ComponentRow> components = new ArrayList<>();

    @Embeddable
    public static class ComponentRow {
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
