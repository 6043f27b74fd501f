package com.oneprice.pricing;

import com.oneprice.catalog.CatalogPart;
import com.oneprice.platform.boot.PricingConfig;
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
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the catalog in one repeatable-read transaction, so a snapshot is one consistent version, with plain JDBC: 750k
 * price rows must load in seconds, which an ORM's per-row entities cannot do. {@link #load()} reads all of it;
 * {@link #follow} reads what the change log says changed since a snapshot, and the rows of those parts, at the same
 * moment, so the revised snapshot holds exactly the catalog at the database's version. Both build every part from
 * its rows the same way.
 */
@ApplicationScoped
public class SnapshotLoader {

    /** Beyond this many changed parts since a snapshot, following the log costs about what a full load does. */
    static final int MAX_CHANGED_PARTS = 50_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PricingConfig config;

    /** Which rows of a part to read: all of them, or those whose {@code column} is one of {@code values}. */
    private record Filter(String column, String type, Object[] values) {
        static final Filter ALL = new Filter(null, null, null);

        static Filter codes(String column, Collection<String> codes) {
            return new Filter(column, "text", codes.toArray());
        }

        static Filter ids(String column, Collection<Long> ids) {
            return new Filter(column, "bigint", ids.toArray());
        }

        boolean selectsNothing() {
            return values != null && values.length == 0;
        }

        String where(String keyword) {
            return column == null ? "" : " " + keyword + " " + column + " = any(?)";
        }

        PreparedStatement prepare(Connection db, String sql) throws SQLException {
            PreparedStatement statement = db.prepareStatement(sql);
            if (column != null) {
                statement.setArray(1, db.createArrayOf(type, values));
            }
            return statement;
        }
    }

    /** The whole catalog at the database's current version. */
    public CatalogSnapshot load() {
        return inOneSnapshot(this::read);
    }

    /**
     * {@code base} revised to the database's current version from the change log ({@code base} itself when that is
     * its version); empty when the log cannot say what changed: a version since {@code base} has no log entries (it
     * was pruned, or written by a bulk load) or the versions since changed more than {@link #MAX_CHANGED_PARTS} parts.
     */
    public Optional<CatalogSnapshot> follow(CatalogSnapshot base) {
        return inOneSnapshot(db -> follow(db, base));
    }

    private interface Read<T> {
        T from(Connection db) throws SQLException;
    }

    private <T> T inOneSnapshot(Read<T> read) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return read.from(connection);
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
        CatalogSnapshot.Builder snapshot = CatalogSnapshot.builder(version(db));
        config.rounding().forEach((currency, increment) ->
                snapshot.rounding(Currency.getInstance(currency), increment));
        Map<Long, BranchCode> branchIds = new HashMap<>();
        branches(db, Filter.ALL, (id, branch) -> {
            branchIds.put(id, branch.code());
            snapshot.branch(branch);
        });
        Map<Long, ServiceCode> serviceIds = new HashMap<>();
        services(db, Filter.ALL, (id, service) -> {
            serviceIds.put(id, service.code());
            snapshot.service(service);
        });
        // the bulk of the catalog: ids mapped in memory, no objects per row beyond its amount
        Map<String, Currency> currencies = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement(
                "select service_id, branch_id, amount, currency, valid_from, valid_to from price_entry")) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long branchId = rs.getLong(2);
                    BranchCode branch = rs.wasNull() ? null : branchIds.get(branchId);
                    snapshot.price(serviceIds.get(rs.getLong(1)), branch, rs.getBigDecimal(3),
                            currencies.computeIfAbsent(rs.getString(4), Currency::getInstance), instant(rs, 5),
                            instant(rs, 6));
                }
            }
        }
        promotions(db, Filter.ALL, snapshot::promotion);
        return snapshot.build();
    }

    private Optional<CatalogSnapshot> follow(Connection db, CatalogSnapshot base) throws SQLException {
        long version = version(db);
        if (version <= base.version()) {
            return Optional.of(base);
        }
        Set<Long> logged = new HashSet<>();
        Map<CatalogPart.Kind, Set<CatalogPart>> changed = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("select version, part, code, branch from catalog_change "
                + "where version > ? and version <= ? limit " + (MAX_CHANGED_PARTS + 1))) {
            s.setLong(1, base.version());
            s.setLong(2, version);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    logged.add(rs.getLong(1));
                    CatalogPart.Kind kind = CatalogPart.Kind.ofLogName(rs.getString(2));
                    changed.computeIfAbsent(kind, k -> new HashSet<>())
                            .add(new CatalogPart(kind, rs.getString(3), rs.getString(4)));
                }
            }
        }
        int parts = changed.values().stream().mapToInt(Set::size).sum();
        if (logged.size() != version - base.version() || parts > MAX_CHANGED_PARTS) {
            return Optional.empty();
        }
        CatalogSnapshot.Revision revision = base.revise(version);

        Set<String> branches = codes(changed.get(CatalogPart.Kind.BRANCH));
        branches(db, Filter.codes("code", branches), (id, branch) -> {
            revision.branch(branch);
            branches.remove(branch.code().value());
        });
        branches.forEach(deleted -> revision.withoutBranch(new BranchCode(deleted)));

        Set<String> services = codes(changed.get(CatalogPart.Kind.SERVICE));
        services(db, Filter.codes("code", services), (id, service) -> {
            revision.service(service);
            services.remove(service.code().value());
        });
        services.forEach(deleted -> revision.withoutService(new ServiceCode(deleted)));

        Set<String> promotions = codes(changed.get(CatalogPart.Kind.PROMOTION));
        promotions(db, Filter.codes("code", promotions), promotion -> {
            revision.promotion(promotion);
            promotions.remove(promotion.code().value());
        });
        promotions.forEach(archived -> revision.withoutPromotion(new PromotionCode(archived)));

        histories(db, changed.getOrDefault(CatalogPart.Kind.PRICES, Set.of())).forEach((part, entries) ->
                revision.prices(new ServiceCode(part.code()), part.branch() == null ? null : new BranchCode(part.branch()),
                        entries));
        return Optional.of(revision.build());
    }

    private static Set<String> codes(Set<CatalogPart> parts) {
        return parts == null ? new HashSet<>()
                : parts.stream().map(CatalogPart::code).collect(Collectors.toCollection(HashSet::new));
    }

    private static long version(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select version from catalog_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private interface RowSink<T> {
        void accept(long id, T value);
    }

    private static void branches(Connection db, Filter filter, RowSink<Branch> sink) throws SQLException {
        if (filter.selectsNothing()) {
            return;
        }
        try (PreparedStatement s = filter.prepare(db, "select id, code, name, timezone, currency, "
                + "active and archived_at is null from branch" + filter.where("where"));
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                sink.accept(rs.getLong(1), new Branch(new BranchCode(rs.getString(2)), rs.getString(3),
                        ZoneId.of(rs.getString(4)), Currency.getInstance(rs.getString(5)), rs.getBoolean(6)));
            }
        }
    }

    private static void services(Connection db, Filter filter, RowSink<Service> sink) throws SQLException {
        if (filter.selectsNothing()) {
            return;
        }
        record Row(long id, ServiceCode code, String name, String category, ServiceKind kind, Instant archivedAt,
                   List<String> aliases) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = filter.prepare(db, "select id, code, name, category, kind, archived_at, aliases "
                + "from service" + filter.where("where"));
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), new ServiceCode(rs.getString(2)), rs.getString(3), rs.getString(4),
                        ServiceKind.valueOf(rs.getString(5)), instant(rs, 6), List.of(strings(rs.getArray(7)))));
            }
        }
        Map<Long, List<Composition>> compositions = compositions(db, filter == Filter.ALL ? Filter.ALL
                : Filter.ids("c.bundle_id", rows.stream().filter(r -> r.kind() == ServiceKind.BUNDLE).map(Row::id)
                .toList()));
        for (Row row : rows) {
            sink.accept(row.id(), new Service(row.code(), row.name(), row.category(), row.kind(),
                    compositions.getOrDefault(row.id(), List.of()), row.archivedAt(), row.aliases()));
        }
    }

    /** Compositions by bundle id, each with its components in the order of their service ids. */
    private static Map<Long, List<Composition>> compositions(Connection db, Filter filter) throws SQLException {
        if (filter.selectsNothing()) {
            return Map.of();
        }
        record Row(long bundle, TimeWindow window, BundlePricing pricing) {
        }
        Map<Long, Row> compositions = new LinkedHashMap<>();
        Map<Long, List<Component>> components = new HashMap<>();
        try (PreparedStatement s = filter.prepare(db, "select c.id, c.bundle_id, c.valid_from, c.valid_to, c.mode, "
                + "c.percent, s.code, k.quantity from bundle_composition c "
                + "join bundle_component k on k.composition_id = c.id join service s on s.id = k.service_id"
                + filter.where("where") + " order by c.id, k.service_id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (!compositions.containsKey(id)) {
                    compositions.put(id, new Row(rs.getLong(2), new TimeWindow(instant(rs, 3), instant(rs, 4)),
                            new BundlePricing(BundleMode.valueOf(rs.getString(5)), rs.getBigDecimal(6))));
                }
                components.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new Component(new ServiceCode(rs.getString(7)), rs.getInt(8)));
            }
        }
        Map<Long, List<Composition>> byBundle = new HashMap<>();
        compositions.forEach((id, c) -> byBundle.computeIfAbsent(c.bundle(), k -> new ArrayList<>())
                .add(new Composition(c.window(), c.pricing(), components.get(id))));
        return byBundle;
    }

    /** The promotions that are not archived. */
    private static void promotions(Connection db, Filter filter, Consumer<Promotion> sink) throws SQLException {
        if (filter.selectsNothing()) {
            return;
        }
        record Row(long id, PromotionCode code, String name, PromotionWindow window, Discount discount,
                   int priority, boolean stackable, Set<String> categories, Set<Channel> channels) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = filter.prepare(db, "select id, code, name, discount_type, discount_value, "
                + "discount_currency, starts_at, ends_at, local_from, local_to, priority, stackable, channels, "
                + "categories from promotion where archived_at is null" + filter.where("and"));
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                PromotionWindow window = rs.getObject(7) != null
                        ? new PromotionWindow.Absolute(new TimeWindow(instant(rs, 7), instant(rs, 8)))
                        : new PromotionWindow.Local(local(rs, 9), local(rs, 10));
                String currency = rs.getString(6);
                rows.add(new Row(rs.getLong(1), new PromotionCode(rs.getString(2)), rs.getString(3), window,
                        new Discount(DiscountType.valueOf(rs.getString(4)), rs.getBigDecimal(5),
                                currency == null ? null : Currency.getInstance(currency)),
                        rs.getInt(11), rs.getBoolean(12), Set.of(strings(rs.getArray(14))),
                        Arrays.stream(strings(rs.getArray(13))).map(Channel::new).collect(Collectors.toSet())));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        Filter ofThese = filter == Filter.ALL ? Filter.ALL
                : Filter.ids("promotion_id", rows.stream().map(Row::id).toList());
        Map<Long, Set<BranchCode>> branches = scoped(db, ofThese, "branch", BranchCode::new);
        Map<Long, Set<ServiceCode>> services = scoped(db, ofThese, "service", ServiceCode::new);
        for (Row row : rows) {
            PromotionScope scope = new PromotionScope(branches.getOrDefault(row.id(), Set.of()),
                    services.getOrDefault(row.id(), Set.of()), row.categories(), row.channels());
            sink.accept(new Promotion(row.code(), row.name(), row.window(), scope, row.discount(), row.priority(),
                    row.stackable()));
        }
    }

    /** The whole price history of each of {@code parts}, empty for one that has no entries. */
    /**
     * The codes of the {@code table} rows (branches or services) in the scope of each promotion {@code filter} selects,
     * by promotion id, from the link table {@code promotion_<table>}; a promotion that names none is not a key.
     */
    private static <C> Map<Long, Set<C>> scoped(Connection db, Filter filter, String table, Function<String, C> code)
            throws SQLException {
        Map<Long, Set<C>> scoped = new HashMap<>();
        try (PreparedStatement s = filter.prepare(db, "select promotion_id, t.code from promotion_" + table + " join "
                + table + " t on t.id = " + table + "_id" + filter.where("where"));
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                scoped.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(code.apply(rs.getString(2)));
            }
        }
        return scoped;
    }

    private static Map<CatalogPart, List<PriceEntry>> histories(Connection db, Collection<CatalogPart> parts)
            throws SQLException {
        Map<CatalogPart, List<PriceEntry>> histories = new HashMap<>();
        if (parts.isEmpty()) {
            return histories;
        }
        parts.forEach(part -> histories.put(part, new ArrayList<>()));
        try (PreparedStatement s = db.prepareStatement("select h.service, h.branch, p.amount, p.currency, "
                + "p.valid_from, p.valid_to from unnest(?, ?) as h (service, branch) "
                + "join service s on s.code = h.service left join branch b on b.code = h.branch "
                + "join price_entry p on p.service_id = s.id and coalesce(p.branch_id, 0) = coalesce(b.id, 0) "
                + "where h.branch is null or b.id is not null")) {
            s.setArray(1, db.createArrayOf("text", parts.stream().map(CatalogPart::code).toArray()));
            s.setArray(2, db.createArrayOf("text", parts.stream().map(CatalogPart::branch).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    CatalogPart part = CatalogPart.prices(rs.getString(1), rs.getString(2));
                    ServiceCode service = new ServiceCode(part.code());
                    BranchCode branch = part.branch() == null ? null : new BranchCode(part.branch());
                    histories.get(part).add(new PriceEntry(service, branch,
                            new Money(rs.getBigDecimal(3), Currency.getInstance(rs.getString(4))),
                            new TimeWindow(instant(rs, 5), instant(rs, 6))));
                }
            }
        }
        return histories;
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
