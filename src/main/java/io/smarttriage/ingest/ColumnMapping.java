package io.smarttriage.ingest;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the columns of an arbitrary CSV file become {@link io.smarttriage.domain.Ticket} fields.
 *
 * <p>Fields without a column stay absent. When the file has no key column, keys are made from
 * {@code keyPrefix} and the row number ({@code ITS-1}, {@code ITS-2}, ...).
 *
 * @param name a name for messages: a built-in mapping's name or the mapping file
 * @param columns the header name read for each mapped field
 * @param keyPrefix prefix for generated keys, or {@code null} when {@link TicketField#KEY} is
 *     mapped
 * @param listSeparator separator inside multi-valued cells, e.g. {@code |}
 * @param datePattern {@link java.time.format.DateTimeFormatter} pattern of the date columns; ISO
 *     forms are accepted as well
 * @param zone zone for dates that carry no offset
 * @param absentValues cell values (or list items) that mean "none", e.g. {@code None}
 */
public record ColumnMapping(
        String name,
        Map<TicketField, String> columns,
        String keyPrefix,
        String listSeparator,
        String datePattern,
        ZoneId zone,
        Set<String> absentValues) {

    /** Checks that every row can get a key and freezes the column map. */
    public ColumnMapping {
        absentValues = Set.copyOf(absentValues);
        EnumMap<TicketField, String> copy = new EnumMap<>(TicketField.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
        if (!columns.containsKey(TicketField.KEY) && (keyPrefix == null || keyPrefix.isBlank())) {
            throw new IllegalArgumentException(
                    "mapping '" + name + "' needs a column for key or a key prefix to number rows");
        }
        if (listSeparator == null || listSeparator.isEmpty()) {
            throw new IllegalArgumentException(
                    "mapping '" + name + "': list separator must not be empty");
        }
    }

    /** Creates a mapping in which only blank cells are absent. */
    public ColumnMapping(
            String name,
            Map<TicketField, String> columns,
            String keyPrefix,
            String listSeparator,
            String datePattern,
            ZoneId zone) {
        this(name, columns, keyPrefix, listSeparator, datePattern, zone, Set.of());
    }

    /** Whether {@code value} is one of the placeholders that mean "none". */
    public boolean isAbsent(String value) {
        return absentValues.contains(value.strip());
    }

    /** Returns the header name mapped to {@code field}, if any. */
    public Optional<String> column(TicketField field) {
        return Optional.ofNullable(columns.get(field));
    }
}
