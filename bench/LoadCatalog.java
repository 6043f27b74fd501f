import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills an empty pricing database with a generated catalog, in one transaction, then announces it like a catalog
 * write does (version bump + NOTIFY), so a running service rebuilds its snapshot.
 *
 * java -cp postgresql.jar bench/LoadCatalog.java JDBC_URL BRANCHES SERVICES VERSIONS PROMOTIONS BUNDLES
 *
 * Every (service, branch) has VERSIONS price entries 120 days apart around now, the last open-ended; bundles cycle
 * through SUM, SUM_MINUS_PERCENT and FIXED over three services; promotion i covers service S{i} (even i) or a
 * category (odd i), every fifth one only at branch b1; those with i % 3 == 0 run now, the others ended or start
 * later. The benchmark request prices S100, S6 (under promotion P6) and BND1 (a SUM_MINUS_PERCENT bundle) at b2.
 * Services are named like a clinic's, in Russian, with an English alias and two made-up words each (see below).
 */
public class LoadCatalog {

    public static void main(String[] args) throws SQLException {
        if (args.length != 6) {
            System.err.println("usage: LoadCatalog JDBC_URL BRANCHES SERVICES VERSIONS PROMOTIONS BUNDLES");
            System.exit(2);
        }
        String url = args[0];
        int branches = Integer.parseInt(args[1]);
        int services = Integer.parseInt(args[2]);
        int versions = Integer.parseInt(args[3]);
        int promotions = Integer.parseInt(args[4]);
        int bundles = Integer.parseInt(args[5]);
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(4711)");
                s.execute("insert into branch (code, name, timezone, currency) select 'b' || i, 'Branch ' || i, "
                        + "(array['Europe/Moscow', 'Asia/Yekaterinburg', 'Europe/Samara', 'Asia/Novosibirsk', "
                        + "'Europe/Berlin'])[1 + i % 5], 'RUB' from generate_series(1, " + branches + ") i");
                // Names as a clinic's: a procedure and a body part in Russian (ten qualifiers make them differ),
                // an English alias, and two made-up words per service, one Cyrillic, one Latin, so that the search
                // index's vocabulary is as large as the catalog (GET /services?q=, bench/search.lua).
                s.execute("insert into service (code, name, category, kind, aliases) select 'S' || i, "
                        + "trim(p.ru[1 + i % 10] || ' ' || b.ru[1 + (i / 10) % 30] || ' ' || q.ru[1 + (i / 300) % 10]), "
                        + "'cat' || (i % 20), 'SIMPLE', array[p.en[1 + i % 10] || ' ' || b.en[1 + (i / 10) % 30], "
                        + "translate(substr(md5(i::text), 1, 8), '0123456789abcdef', 'абвгдежзиклмнопр'), "
                        + "translate(substr(md5(i::text), 9, 8), '0123456789', 'qrstuvwxyz')] "
                        + "from generate_series(1, " + services + ") i, "
                        + "(select array['МРТ', 'КТ', 'УЗИ', 'Рентген', 'Консультация', 'Анализ', 'Биопсия', "
                        + "'Эндоскопия', 'Допплерография', 'Массаж'] as ru, array['MRI', 'CT', 'ultrasound', 'X-ray', "
                        + "'consultation', 'test', 'biopsy', 'endoscopy', 'doppler', 'massage'] as en) p, "
                        + "(select array['колена', 'плеча', 'позвоночника', 'головного мозга', 'сердца', 'печени', "
                        + "'почек', 'щитовидной железы', 'лёгких', 'желудка', 'кишечника', 'стопы', 'кисти', 'бедра', "
                        + "'таза', 'шеи', 'грудной клетки', 'брюшной полости', 'сосудов', 'суставов', 'глаз', 'уха', "
                        + "'носа', 'горла', 'кожи', 'зубов', 'крови', 'мочи', 'гормонов', 'молочной железы'] as ru, "
                        + "array['knee', 'shoulder', 'spine', 'brain', 'heart', 'liver', 'kidneys', 'thyroid', 'lungs', "
                        + "'stomach', 'bowel', 'foot', 'hand', 'hip', 'pelvis', 'neck', 'chest', 'abdomen', 'vessels', "
                        + "'joints', 'eyes', 'ear', 'nose', 'throat', 'skin', 'teeth', 'blood', 'urine', 'hormones', "
                        + "'breast'] as en) b, "
                        + "(select array['', 'с контрастом', 'детское', 'повторное', 'срочное', 'на дому', "
                        + "'расширенное', 'экспресс', 'под наркозом', 'с описанием'] as ru) q");
                s.execute("insert into service (code, name, category, kind) select 'BND' || i, 'Bundle ' || i, "
                        + "'bundles', 'BUNDLE' from generate_series(1, " + bundles + ") i");
                s.execute("insert into bundle_composition (bundle_id, valid_from, mode, percent) "
                        + "select id, now() - interval '3 years', (array['SUM', 'SUM_MINUS_PERCENT', 'FIXED'])[1 + n % 3], "
                        + "case when n % 3 = 1 then 10 end "
                        + "from (select id, row_number() over (order by id) as n from service where kind = 'BUNDLE') b");
                s.execute("insert into bundle_component (composition_id, service_id, quantity) "
                        + "select c.id, s.id, 1 + k % 2 from bundle_composition c cross join generate_series(1, 3) k "
                        + "join service s on s.code = 'S' || (1 + (c.id * 7 + k) % " + services + ")");
                // The price history: VERSIONS entries 120 days apart, the last open-ended, per branch; network-wide
                // prices for the FIXED bundles.
                String window = "now() - interval '360 days' + (v - 1) * interval '120 days'";
                s.execute("insert into price_entry (service_id, branch_id, amount, currency, valid_from, valid_to, "
                        + "created_by) select s.id, b.id, 500 + (s.id % 400) * 10 + v * 25 + (b.id % 7) * 10, 'RUB', "
                        + window + ", case when v < " + versions + " then " + window + " + interval '120 days' end, "
                        + "'bench' from service s cross join branch b cross join generate_series(1, " + versions
                        + ") v where s.kind = 'SIMPLE'");
                s.execute("insert into price_entry (service_id, branch_id, amount, currency, valid_from, valid_to, "
                        + "created_by) select b.bundle_id, null, 3000, 'RUB', now() - interval '3 years', null, 'bench' "
                        + "from bundle_composition b where b.mode = 'FIXED'");
                s.execute("insert into promotion (code, name, discount_type, discount_value, starts_at, ends_at, "
                        + "categories, priority, stackable) select 'P' || i, 'Promotion ' || i, 'PERCENT', "
                        + "5 + i % 25, case when i % 3 = 0 then now() - interval '10 days' when i % 3 = 1 "
                        + "then now() - interval '100 days' else now() + interval '20 days' end, "
                        + "case when i % 3 = 0 then now() + interval '30 days' when i % 3 = 1 "
                        + "then now() - interval '40 days' else now() + interval '60 days' end, "
                        + "case when i % 2 = 1 then array['cat' || (i % 20)] else '{}' end, i % 3, i % 10 = 0 "
                        + "from generate_series(1, " + promotions + ") i");
                s.execute("insert into promotion_service (promotion_id, service_id) select p.id, s.id from promotion p "
                        + "join service s on s.code = 'S' || substr(p.code, 2) where substr(p.code, 2)::int % 2 = 0");
                s.execute("insert into promotion_branch (promotion_id, branch_id) select p.id, b.id from promotion p, "
                        + "branch b where b.code = 'b1' and substr(p.code, 2)::int % 5 = 0");
                s.execute("insert into audit_entry (actor, entity, entity_key, action) "
                        + "values ('bench', 'catalog', 'generated', 'CREATE')");
                try (ResultSet version = s.executeQuery("update catalog_version set version = version + 1 "
                        + "where id = 1 returning version")) {
                    version.next();
                    long v = version.getLong(1);
                    s.execute("select pg_notify('catalog_changed', '" + v + "')");
                    c.commit();
                    try (ResultSet count = s.executeQuery("select count(*) from price_entry")) {
                        count.next();
                        System.out.printf("loaded catalog version %d: %d price entries in %d ms%n", v,
                                count.getLong(1), (System.nanoTime() - started) / 1_000_000);
                    }
                }
            }
        }
    }
}
