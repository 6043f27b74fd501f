package com.oneprice.reports;

import com.oneprice.platform.api.Amounts;
import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.MoneyJson;
import com.oneprice.platform.api.Period;
import com.oneprice.words.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Where mismatches come from, read from the verification log. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reports {

    /**
     * The grouping expression per groupBy; multi-valued columns are unnested so each value counts. The operator is
     * whoever quoted the amount: a presented quote's issuer, else the caller who verified a bare amount.
     */
    private static final Map<String, String> GROUPS = Map.of(
            "reason", "unnest(case when verdict = 'MISMATCH' then reasons else '{}' end)",
            "branch", "branch",
            "channel", "coalesce(channel, '(none)')",
            "operator", "coalesce(quoted_by, caller)",
            "service", "unnest(services)");

    private static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\t\r]");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.@:-]*");

    @Inject
    EntityManager em;

    public DiscrepancyReport discrepancies(Period period, String groupBy) {
        String key = GROUPS.get(groupBy);
        if (key == null) {
            throw ApiException.invalidField("groupBy",
                    Text.of("field.one-of", "reason, branch, channel, operator, service"));
        }
        Instant from = period.from();
        Instant to = period.to();
        @SuppressWarnings("unchecked")
        List<Object[]> totals = em.createNativeQuery("select count(*), count(*) filter (where verdict = 'MISMATCH'), "
                        + "sum(honour_cost), currency from verification where occurred_at >= ?1 and occurred_at < ?2 "
                        + "group by currency order by currency")
                .setParameter(1, from).setParameter(2, to).getResultList();
        long all = totals.stream().mapToLong(r -> ((Number) r[0]).longValue()).sum();
        long mismatched = totals.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
        List<MoneyJson> honourCosts = totals.stream().map(r -> money(r[2], r[3])).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select k, count(*), count(*) filter (where verdict = 'MISMATCH'), "
                        + "sum(honour_cost), currency from (select " + key + " as k, verdict, honour_cost, currency "
                        + "from verification where occurred_at >= ?1 and occurred_at < ?2) v "
                        + "group by k, currency order by count(*) filter (where verdict = 'MISMATCH') desc, k")
                .setParameter(1, from).setParameter(2, to).getResultList();
        List<DiscrepancyReport.Group> groups = rows.stream().map(r -> {
            long count = ((Number) r[1]).longValue();
            long mismatches = ((Number) r[2]).longValue();
            long denominator = groupBy.equals("reason") ? all : count;
            BigDecimal rate = denominator == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(mismatches).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
            return new DiscrepancyReport.Group((String) r[0], count, mismatches, rate, money(r[3], r[4]));
        }).toList();
        return new DiscrepancyReport(from, to, groupBy, all, mismatched, honourCosts, groups);
    }

    private static MoneyJson money(Object amount, Object currency) {
        return new MoneyJson(Amounts.display((BigDecimal) amount), ((String) currency).trim());
    }

    public static String csv(DiscrepancyReport report) {
        StringBuilder out = new StringBuilder("key,verifications,mismatches,mismatchRate,honourCost,currency\n");
        for (DiscrepancyReport.Group g : report.groups()) {
            out.append(csvField(g.key())).append(',').append(g.verifications()).append(',').append(g.mismatches())
                    .append(',').append(g.mismatchRate().toPlainString()).append(',')
                    .append(g.honourCost().amount().toPlainString()).append(',').append(g.honourCost().currency())
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * A key as a spreadsheet cell that shows it as text. The operator key is a token's subject, which the identity
     * provider's users or clients may choose: a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a
     * tab or a carriage return is a formula to Excel and LibreOffice ({@code =HYPERLINK(...)} sends whoever clicks
     * it anywhere). OWASP's rule for CSV injection: such a cell gets a leading {@code '}, and is quoted.
     */
    static String csvField(String value) {
        String text = value == null ? "" : value;
        if (FORMULA_START.matcher(text).lookingAt()) {
            text = "'" + text;
        } else if (PLAIN.matcher(text).matches()) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
