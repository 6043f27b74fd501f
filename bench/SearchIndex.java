import com.oneprice.pricing.engine.Service;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.pricing.engine.ServiceIndex;
import com.oneprice.pricing.engine.ServiceKind;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The service search index alone, without HTTP, on the services of a loaded bench catalog (bench/LoadCatalog.java):
 * how long building it takes (a snapshot builds one on every catalog change) and the p50 of the queries of
 * bench/search.lua, against a baseline in the same run: every name and alias (lower-cased beforehand) scanned for
 * each query word with String.contains, the least a search without an index does (and one that finds no typo or
 * layout slip).
 *
 * java -cp target/classes:postgresql.jar bench/SearchIndex.java JDBC_URL
 */
public class SearchIndex {

    static final List<String> QUERIES = List.of("мрт колена", "мрт калена", "vhn rjktyf", "knee mri",
            "узи щитовидной железы", "рентген лёгких детское", "ultrasound abdomen", "rjycekmnfwbz rfhlbjkjuf",
            "анализ крови", "кт гол");

    public static void main(String[] args) throws SQLException {
        List<Service> services = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select code, name, category, aliases from service")) {
            while (rs.next()) {
                Array aliases = rs.getArray(4);
                services.add(new Service(new ServiceCode(rs.getString(1)), rs.getString(2), rs.getString(3),
                        ServiceKind.SIMPLE, List.of(), null, List.of((String[]) aliases.getArray())));
            }
        }
        // On a shared machine a build of some milliseconds is often preempted: its CPU time says what it costs.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] builds = new long[50];
        long[] buildsCpu = new long[builds.length];
        ServiceIndex index = null;
        for (int i = 0; i < 150; i++) {
            long started = System.nanoTime();
            long startedCpu = threads.getCurrentThreadCpuTime();
            index = ServiceIndex.of(services);
            buildsCpu[i % builds.length] = threads.getCurrentThreadCpuTime() - startedCpu;
            builds[i % builds.length] = System.nanoTime() - started;
        }
        List<String> texts = services.stream()
                .map(sv -> (sv.name() + " " + String.join(" ", sv.aliases())).toLowerCase(Locale.ROOT)).toList();
        long[] search = new long[10_000];
        long[] scan = new long[search.length];
        long found = 0;
        for (int i = 0; i < search.length * 2; i++) {
            String query = QUERIES.get(i % QUERIES.size());
            long started = System.nanoTime();
            found += index.find(query).size();
            long between = System.nanoTime();
            found += scan(texts, query);
            long ended = System.nanoTime();
            if (i >= search.length) {
                search[i - search.length] = between - started;
                scan[i - search.length] = ended - between;
            }
        }
        System.out.printf(Locale.ROOT, "INDEX %d services: built in %.2f ms, %.2f ms of CPU (p50 of %d); search "
                        + "p50 %.1f us, p99 %.1f us; contains() scan p50 %.1f us; search/scan %.2f (%d hits)%n",
                services.size(), p50(builds) / 1e6, p50(buildsCpu) / 1e6, builds.length, p50(search) / 1e3,
                percentile(search, 99) / 1e3, p50(scan) / 1e3, (double) p50(search) / p50(scan), found);
    }

    /** How many of {@code texts} (names and aliases, lower case) contain a word of {@code query}. */
    static int scan(List<String> texts, String query) {
        String[] words = query.toLowerCase(Locale.ROOT).split("\\s+");
        int hits = 0;
        for (String text : texts) {
            for (String word : words) {
                if (text.contains(word)) {
                    hits++;
                    break;
                }
            }
        }
        return hits;
    }

    static long p50(long[] values) {
        return percentile(values, 50);
    }

    static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }
}
