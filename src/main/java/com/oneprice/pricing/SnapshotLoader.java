package com.oneprice.pricing;

import com.oneprice.platform.PricingConfig;
import com.oneprice.pricing.engine.Branch;
import com.oneprice.pricing.engine.BranchCode;
import com.oneprice.pricing.engine.BundleMode;
import com.oneprice.pricing.engine.BundlePricing;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.Channel;
import com.oneprice.pricing.engine.Component;
import com.oneprice.pricing.engine.Composition;
import com.oneprice.pricing.engine.Discount;
import com.oneprice.pricing.engine.DiscountType;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceEntry;
import com.oneprice.pricing.engine.Promotion;
import com.oneprice.pricing.engine.PromotionCode;
import com.oneprice.pricing.engine.PromotionScope;
import com.oneprice.pricing.engine.PromotionWindow;
import com.oneprice.pricing.engine.Service;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.pricing.engine.ServiceKind;
import com.oneprice.pricing.engine.TimeWindow;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the whole catalog in one repeatable-read transaction (so the snapshot is one consistent version) with plain
 * JDBC: 750k price rows must load in seconds, which an ORM's per-row entities cannot do.
 */
@ApplicationScoped
public class SnapshotLoader {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PricingConfig config;

    public CatalogSnapshot load() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return read(connection);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the catalog", e);
        }
    }

    private CatalogSnapshot read(Connection db) throws SQLException {
        long version;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select version from catalog_version")) {
            rs.next();
            version = rs.getLong(1);
        }
        CatalogSnapshot.Builder snapshot = CatalogSnapshot.builder(version);
        config.rounding().forEach((currency, increment) ->
                snapshot.rounding(Currency.getInstance(currency), increment));

        Map<Long, BranchCode> branches = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select id, code, name, timezone, currency, active and archived_at is null from branch")) {
            while (rs.next()) {
                BranchCode code = new BranchCode(rs.getString(2));
                branches.put(rs.getLong(1), code);
                snapshot.branch(new Branch(code, rs.getString(3), ZoneId.of(rs.getString(4)),
                        Currency.getInstance(rs.getString(5)), rs.getBoolean(6)));
            }
        }

        record ServiceRow(String name, String category, ServiceKind kind, boolean archived) {
        }
        Map<Long, ServiceCode> serviceCodes = new HashMap<>();
        Map<Long, ServiceRow> serviceRows = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select id, code, name, category, kind, archived_at is not null from service")) {
            while (rs.next()) {
                serviceCodes.put(rs.getLong(1), new ServiceCode(rs.getString(2)));
                serviceRows.put(rs.getLong(1), new ServiceRow(rs.getString(3), rs.getString(4),
                        ServiceKind.valueOf(rs.getString(5)), rs.getBoolean(6)));
            }
        }
        Map<Long, List<Composition>> compositions = compositions(db, serviceCodes);
        serviceRows.forEach((id, row) -> snapshot.service(new Service(serviceCodes.get(id), row.name(), row.category(),
                row.kind(), compositions.getOrDefault(id, List.of()), row.archived())));

        Map<String, Currency> currencies = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement(
                "select service_id, branch_id, amount, currency, valid_from, valid_to from price_entry")) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long branchId = rs.getLong(2);
                    BranchCode branch = rs.wasNull() ? null : branches.get(branchId);
                    Currency currency = currencies.computeIfAbsent(rs.getString(4), Currency::getInstance);
                    snapshot.price(new PriceEntry(serviceCodes.get(rs.getLong(1)), branch,
                            new Money(rs.getBigDecimal(3), currency),
                            new TimeWindow(instant(rs, 5), instant(rs, 6))));
                }
            }
        }

        Map<Long, Set<BranchCode>> promotionBranches = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select promotion_id, branch_id from promotion_branch")) {
            while (rs.next()) {
                promotionBranches.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(branches.get(rs.getLong(2)));
            }
        }
        Map<Long, Set<ServiceCode>> promotionServices = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select promotion_id, service_id from promotion_service")) {
            while (rs.next()) {
                promotionServices.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(serviceCodes.get(rs.getLong(2)));
            }
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select id, code, name, discount_type, discount_value, discount_currency, starts_at, ends_at, "
                        + "local_from, local_to, priority, stackable, channels, categories from promotion "
                        + "where archived_at is null")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                PromotionWindow window = rs.getObject(7) != null
                        ? new PromotionWindow.Absolute(new TimeWindow(instant(rs, 7),
                        instant(rs, 8)))
                        : new PromotionWindow.Local(local(rs, 9), local(rs, 10));
                String currency = rs.getString(6);
                PromotionScope scope = new PromotionScope(promotionBranches.getOrDefault(id, Set.of()),
                        promotionServices.getOrDefault(id, Set.of()), Set.of(strings(rs.getArray(14))),
                        Arrays.stream(strings(rs.getArray(13))).map(Channel::new).collect(Collectors.toSet()));
                snapshot.promotion(new Promotion(new PromotionCode(rs.getString(2)), rs.getString(3), window, scope,
                        new Discount(DiscountType.valueOf(rs.getString(4)), rs.getBigDecimal(5),
                                currency == null ? null : Currency.getInstance(currency)),
                        rs.getInt(11), rs.getBoolean(12)));
            }
        }
        return snapshot.build();
    }

    private static Map<Long, List<Composition>> compositions(Connection db, Map<Long, ServiceCode> services)
            throws SQLException {
        Map<Long, List<Component>> components = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select composition_id, service_id, quantity from bundle_component order by composition_id, service_id")) {
            while (rs.next()) {
                components.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Component(services.get(rs.getLong(2)), rs.getInt(3)));
            }
        }
        Map<Long, List<Composition>> byBundle = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select id, bundle_id, valid_from, valid_to, mode, percent from bundle_composition order by valid_from")) {
            while (rs.next()) {
                BigDecimal percent = rs.getBigDecimal(6);
                byBundle.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Composition(
                        new TimeWindow(instant(rs, 3), instant(rs, 4)),
                        new BundlePricing(BundleMode.valueOf(rs.getString(5)), percent),
                        components.getOrDefault(rs.getLong(1), List.of())));
            }
        }
        return byBundle;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static LocalDateTime local(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
