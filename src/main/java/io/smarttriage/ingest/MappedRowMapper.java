package io.smarttriage.ingest;

import io.smarttriage.domain.Ticket;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/** Maps one record of an arbitrary CSV to a ticket through a {@link ColumnMapping}. */
final class MappedRowMapper implements RowMapper {
    private final ColumnMapping mapping;
    private final DateReader dates;
    private final Pattern separator;
    private final Map<TicketField, Integer> positions = new EnumMap<>(TicketField.class);

    MappedRowMapper(ColumnMapping mapping, CsvHeader header, DateReader dates) {
        this.mapping = mapping;
        this.dates = dates;
        this.separator = Pattern.compile(Pattern.quote(mapping.listSeparator()));
        mapping.columns()
                .forEach((field, column) -> positions.put(field, header.positions(column).get(0)));
    }

    @Override
    public Ticket map(CSVRecord record, long row) throws BadValueException {
        return Ticket.builder(key(record, row), created(record))
                .project(text(record, TicketField.PROJECT))
                .resolved(date(record, TicketField.RESOLVED))
                .summary(text(record, TicketField.SUMMARY))
                .description(text(record, TicketField.DESCRIPTION))
                .environment(text(record, TicketField.ENVIRONMENT))
                .reporter(text(record, TicketField.REPORTER))
                .assignee(text(record, TicketField.ASSIGNEE))
                .priority(text(record, TicketField.PRIORITY))
                .category(text(record, TicketField.CATEGORY))
                .components(list(record, TicketField.COMPONENTS))
                .labels(list(record, TicketField.LABELS))
                .affectsVersions(list(record, TicketField.AFFECTS_VERSIONS))
                .build();
    }

    private String key(CSVRecord record, long row) throws BadValueException {
        if (!positions.containsKey(TicketField.KEY)) {
            return mapping.keyPrefix() + "-" + row;
        }
        String key = text(record, TicketField.KEY);
        if (key == null) {
            throw new BadValueException(
                    column(TicketField.KEY), "is empty; every ticket needs " + "a key");
        }
        return key.strip();
    }

    private Instant created(CSVRecord record) throws BadValueException {
        Instant created = date(record, TicketField.CREATED);
        if (created == null && positions.containsKey(TicketField.CREATED)) {
            throw new BadValueException(
                    column(TicketField.CREATED),
                    "is empty; the mapping " + "reads creation times from this column");
        }
        return created;
    }

    private Instant date(CSVRecord record, TicketField field) throws BadValueException {
        String text = text(record, field);
        try {
            return text == null ? null : dates.parse(text);
        } catch (DateTimeException e) {
            throw new BadValueException(column(field), e.getMessage());
        }
    }

    private String text(CSVRecord record, TicketField field) {
        String text = Cells.text(record, positions.getOrDefault(field, -1));
        return text == null || mapping.isAbsent(text) ? null : text;
    }

    private List<String> list(CSVRecord record, TicketField field) {
        Integer position = positions.get(field);
        if (position == null) {
            return List.of();
        }
        List<String> values = Cells.list(record, List.of(position), separator);
        values.removeIf(mapping::isAbsent);
        return values;
    }

    private String column(TicketField field) {
        return mapping.columns().get(field);
    }
}
