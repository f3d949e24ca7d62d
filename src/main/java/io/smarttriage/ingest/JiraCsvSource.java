package io.smarttriage.ingest;

import io.smarttriage.domain.Ticket;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads Jira's own "Export &gt; CSV (all fields)" file.
 *
 * <p>Headers are Jira's display names; multi-valued fields repeat their column; dates are in the
 * instance's display format ({@code dd/MMM/yy h:mm a} unless configured), with 24-hour and ISO-8601
 * forms accepted too.
 */
final class JiraCsvSource implements TicketSource {
    /** Jira's default display date format and its 24-hour variant. */
    static final List<String> DEFAULT_PATTERNS = List.of("dd/MMM/yy h:mm a", "dd/MMM/yy HH:mm");

    private final StreamOpener opener;
    private final String name;
    private final IngestOptions options;

    JiraCsvSource(StreamOpener opener, String name, IngestOptions options) {
        this.opener = opener;
        this.name = name;
        this.options = options;
    }

    @Override
    public IngestSummary read(Consumer<Ticket> sink) throws IngestException {
        CsvInput input = CsvInput.open(opener, name);
        try {
            checkHeader(input.header());
        } catch (IngestException e) {
            input.closeAfterRefusal();
            throw e;
        }
        JiraCsvColumns columns = new JiraCsvColumns(input.header(), categoryColumn());
        RowMapper rows = new JiraCsvRowMapper(columns, dates());
        return new CsvTicketReader(input, name, options.maxErrors()).read(rows, sink);
    }

    private void checkHeader(CsvHeader header) throws IngestException {
        List<String> missing = header.missing(JiraCsvColumns.REQUIRED);
        if (!missing.isEmpty()) {
            throw new IngestException(
                    "'"
                            + name
                            + "' is not a Jira CSV export: it lacks the "
                            + "columns "
                            + missing
                            + "; its header starts with: "
                            + header.preview());
        }
        if (options.categoryField() != null && !header.has(options.categoryField())) {
            throw new IngestException(
                    "'"
                            + name
                            + "' has no category column '"
                            + options.categoryField()
                            + "'; its header starts with: "
                            + header.preview());
        }
    }

    private String categoryColumn() {
        return options.categoryField() != null
                ? options.categoryField()
                : JiraCsvColumns.DEFAULT_CATEGORY;
    }

    private DateReader dates() {
        List<String> patterns =
                options.datePattern() != null ? List.of(options.datePattern()) : DEFAULT_PATTERNS;
        return new DateReader(patterns, options.zone() != null ? options.zone() : ZoneOffset.UTC);
    }
}
