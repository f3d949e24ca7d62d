package io.smarttriage.ingest;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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
 */
public record ColumnMapping(
        String name,
        Map<TicketField, String> columns,
        String keyPrefix,
        String listSeparator,
        String datePattern,
        ZoneId zone) {

    /** Checks that every row can get a key and freezes the column map. */
    public ColumnMapping {
        EnumMap<TicketField, String> copy = new EnumMap<>(TicketField.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
        if (!columns.containsKey(TicketField.KEY) && (keyPrefix == null || keyPrefix.isBlank())) {
            throw new IllegalArgumentException("mapping '" + name
                    + "' needs a column for key or a key prefix to number rows");
        }
        if (listSeparator == null || listSeparator.isEmpty()) {
            throw new IllegalArgumentException("mapping '" + name
                    + "': list separator must not be empty");
        }
    }

    /** Returns the header name mapped to {@code field}, if any. */
    public Optional<String> column(TicketField field) {
        return Optional.ofNullable(columns.get(field));
    }
}
