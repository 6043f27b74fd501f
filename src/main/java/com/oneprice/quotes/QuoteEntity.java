package com.oneprice.quotes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A recorded quote; the database refuses any change but its status (trigger quote_immutable). */
@Entity
@Table(name = "quote")
public class QuoteEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public Instant issuedAt;
    public String issuedBy;
    public String channel;
    public Long branchId;
    public Instant pricedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public String items;
    @JdbcTypeCode(SqlTypes.JSON)
    public String lines;
    public BigDecimal total;
    @Column(columnDefinition = "bpchar")
    public String currency;
    public long catalogVersion;
    public Instant expiresAt;
    public String customerRef;
    public String status;
    public Instant statusAt;
    public String statusBy;
    /** Which version of {@link StoredQuote} {@code items} and {@code lines} hold. */
    public int recordVersion;

    public static Optional<QuoteEntity> byCode(QuoteCode code) {
        return find("code", code.toString()).firstResultOptional();
    }
}
