package io.smarttriage.ingest;

import io.smarttriage.domain.Ticket;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/** Maps one record of Jira's CSV export to a ticket. */
final class JiraCsvRowMapper implements RowMapper {
    private static final Pattern WHOLE_CELL = Cells.noSplit();

    private final JiraCsvColumns columns;
    private final DateReader dates;

    JiraCsvRowMapper(JiraCsvColumns columns, DateReader dates) {
        this.columns = columns;
        this.dates = dates;
    }

    @Override
    public Ticket map(CSVRecord record, long row) throws BadValueException {
        String key = Cells.text(record, columns.key);
        if (key == null) {
            throw new BadValueException(JiraCsvColumns.KEY, "is empty; every issue needs a key");
        }
        return Ticket.builder(key.strip(), created(record))
                .project(Cells.text(record, columns.project))
                .resolved(date(record, columns.resolved, JiraCsvColumns.RESOLVED))
                .summary(Cells.text(record, columns.summary))
                .description(Cells.text(record, columns.description))
                .environment(Cells.text(record, columns.environment))
                .reporter(Cells.text(record, columns.reporter))
                .assignee(Cells.text(record, columns.assignee))
                .priority(Cells.text(record, columns.priority))
                .category(Cells.text(record, columns.category))
                .components(list(record, columns.components))
                .labels(list(record, columns.labels))
                .affectsVersions(list(record, columns.affectsVersions))
                .build();
    }

    private Instant created(CSVRecord record) throws BadValueException {
        Instant created = date(record, columns.created, JiraCsvColumns.CREATED);
        if (created == null) {
            throw new BadValueException(
                    JiraCsvColumns.CREATED, "is empty; every Jira issue has a creation time");
        }
        return created;
    }

    private Instant date(CSVRecord record, int position, String column) throws BadValueException {
        String text = Cells.text(record, position);
        try {
            return text == null ? null : dates.parse(text);
        } catch (DateTimeException e) {
            throw new BadValueException(column, e.getMessage());
        }
    }

    private static List<String> list(CSVRecord record, List<Integer> positions) {
        return Cells.list(record, positions, WHOLE_CELL);
    }
}
