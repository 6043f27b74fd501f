package com.oneprice.catalog.prices;

import com.oneprice.platform.problems.ApiException;
import com.oneprice.platform.api.Decimals;
import com.oneprice.platform.api.Moments;
import com.oneprice.platform.api.MoneyJson;
import com.oneprice.platform.problems.Problem;
import com.oneprice.platform.problems.ProblemType;
import com.oneprice.platform.http.StorableText;
import com.oneprice.words.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Many price entries from CSV, all or nothing: every row is checked first and all faults are reported together;
 * then the rows are scheduled in one transaction, earliest {@code validFrom} first, exactly as {@code POST /prices}
 * would one by one. A dry run does all of it and rolls back.
 */
@ApplicationScoped
public class PriceImport {

    static final int MAX_ROWS = 10_000;
    /** The largest file: the service's body limit, Quarkus' default quarkus.http.limits.max-body-size of 10240K. */
    static final int MAX_BYTES = 10240 * 1024;
    static final List<String> COLUMNS = List.of("service", "branch", "amount", "currency", "validFrom", "validTo");
    private static final List<String> REQUIRED = List.of("service", "amount", "currency", "validFrom");
    private static final int MAX_REPORTED = 100;
    private static final String BOM = "\uFEFF";

    @Inject
    PriceCatalog catalog;
    @Inject
    Validator validator;
    @Inject
    TransactionManager transactions;

    @Schema(name = "PriceImportResult", description = "What an import did (or, in a dry run, would do): the entries "
            + "created and the open-ended entries closed by them.")
    public record Result(boolean dryRun, @Schema(example = "3") int rows, List<PriceEntry> created,
                         List<PriceEntry> closed) {
    }

    /** The rows of {@code csv} (a header line naming the columns, in any order, then one entry a line). */
    public List<PriceEntryInput> parse(String csv) {
        String text = csv == null ? "" : csv;
        // Spreadsheets save "CSV UTF-8" with a byte order mark, which would otherwise become part of the first column.
        List<String> lines = (text.startsWith(BOM) ? text.substring(BOM.length()) : text).lines().toList();
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw ApiException.invalidField("header", "the first line must name the columns: "
                    + String.join(",", COLUMNS));
        }
        Map<String, Integer> columns = header(lines.get(0));
        List<PriceEntryInput> rows = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw ApiException.invalidField("rows", "at most " + MAX_ROWS + " rows per import");
            }
            String path = "rows[" + rows.size() + "]";
            PriceEntryInput row = row(fields(lines.get(n)), columns, path, errors);
            rows.add(row);
            if (row != null) {
                validator.validate(row).forEach(v -> errors.add(
                        new Problem.FieldError(path + "." + v.getPropertyPath(), v.getMessage())));
            }
        }
        if (rows.isEmpty()) {
            throw ApiException.invalidField("rows", "the file has no rows after the header");
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, errors.size()
                    + " fault(s) in the CSV rows; nothing was imported",
                    errors.subList(0, Math.min(errors.size(), MAX_REPORTED)));
        }
        return rows;
    }

    @Transactional
    public Result apply(List<PriceEntryInput> rows, boolean dryRun) {
        List<PriceEntry> created = new ArrayList<>();
        List<PriceEntry> closed = new ArrayList<>();
        List<Integer> order = IntStream.range(0, rows.size()).boxed()
                .sorted(Comparator.comparing(i -> rows.get(i).validFrom().toInstant())).toList();
        for (int i : order) {
            try {
                PriceCatalog.Scheduled scheduled = catalog.scheduleAndClose(rows.get(i));
                created.add(scheduled.created());
                if (scheduled.closed() != null) {
                    closed.add(scheduled.closed());
                }
            } catch (ApiException e) {
                throw e.within("rows[" + i + "]", Text.of("problem.import-row", i + 1));
            }
        }
        if (dryRun) {
            try {
                transactions.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException("cannot roll the dry run back", e);
            }
        }
        return new Result(dryRun, rows.size(), created, closed);
    }

    private static Map<String, Integer> header(String line) {
        List<String> names = fields(line);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!COLUMNS.contains(name)) {
                throw ApiException.invalidField("header", "unknown column '" + name + "'; the columns are "
                        + String.join(",", COLUMNS));
            }
            if (columns.put(name, i) != null) {
                throw ApiException.invalidField("header", "column '" + name + "' appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw ApiException.invalidField("header", "column '" + required + "' is required");
            }
        }
        return columns;
    }

    /** One row as an entry, or null with its faults added to {@code errors}. */
    private static PriceEntryInput row(List<String> fields, Map<String, Integer> columns, String path,
                                       List<Problem.FieldError> errors) {
        int before = errors.size();
        if (fields.size() > columns.size()) {
            errors.add(new Problem.FieldError(path, "has " + fields.size() + " fields, the header " + columns.size()));
            return null;
        }
        Function<String, String> value = column -> {
            Integer i = columns.get(column);
            return i == null || i >= fields.size() || fields.get(i).isEmpty() ? null : fields.get(i);
        };
        for (String column : COLUMNS) {
            String cell = value.apply(column);
            if (cell != null) {
                StorableText.fault(cell).ifPresent(fault ->
                        errors.add(new Problem.FieldError(path + "." + column, fault)));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        BigDecimal amount = convert(value.apply("amount"), Decimals::parse, path + ".amount", errors);
        OffsetDateTime from = convert(value.apply("validFrom"), Moments::withOffset, path + ".validFrom", errors);
        OffsetDateTime to = convert(value.apply("validTo"), Moments::withOffset, path + ".validTo", errors);
        if (errors.size() > before) {
            return null;
        }
        String currency = value.apply("currency");
        return new PriceEntryInput(value.apply("service"), value.apply("branch"),
                amount == null && currency == null ? null : new MoneyJson(amount, currency), from, to);
    }

    /** {@code parse(text)}, or null with its refusal added to {@code errors}. */
    private static <T> T convert(String text, Function<String, T> parse, String field,
                                 List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, e.getMessage()));
            return null;
        }
    }

    /** The fields of one CSV line (RFC 4180 quoting), trimmed. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return List.copyOf(fields);
    }
}
