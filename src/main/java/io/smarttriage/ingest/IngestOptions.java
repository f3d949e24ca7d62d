package io.smarttriage.ingest;

import java.time.ZoneId;

/**
 * Settings for reading an export; {@code null} means "the format's default".
 *
 * @param mapping the column mapping, required for {@link ExportFormat#MAPPED_CSV}
 * @param datePattern date pattern overriding the format's or mapping's default
 * @param zone zone for dates without an offset, overriding the default (UTC or the mapping's)
 * @param categoryField Jira CSV: the column holding the category (default {@code Custom field
 *     (Request Type)}); Jira JSON: the field id, e.g. {@code customfield_10010} (default: any field
 *     holding a {@code requestType} object)
 * @param maxErrors how many row errors the summary keeps (all are counted)
 */
public record IngestOptions(
        ColumnMapping mapping,
        String datePattern,
        ZoneId zone,
        String categoryField,
        int maxErrors) {

    /** Default number of row errors kept in a summary. */
    public static final int DEFAULT_MAX_ERRORS = 20;

    /** Checks the error limit and the date pattern. */
    public IngestOptions {
        if (maxErrors < 0) {
            throw new IllegalArgumentException("maxErrors must be >= 0, was " + maxErrors);
        }
        DateReader.checkPattern(datePattern);
    }

    /** Returns options with every default. */
    public static IngestOptions defaults() {
        return new IngestOptions(null, null, null, null, DEFAULT_MAX_ERRORS);
    }

    /** Returns these options reading through {@code value}. */
    public IngestOptions withMapping(ColumnMapping value) {
        return new IngestOptions(value, datePattern, zone, categoryField, maxErrors);
    }

    /** Returns these options with another date pattern. */
    public IngestOptions withDatePattern(String value) {
        return new IngestOptions(mapping, value, zone, categoryField, maxErrors);
    }

    /** Returns these options with another zone. */
    public IngestOptions withZone(ZoneId value) {
        return new IngestOptions(mapping, datePattern, value, categoryField, maxErrors);
    }

    /** Returns these options with another category column or field. */
    public IngestOptions withCategoryField(String value) {
        return new IngestOptions(mapping, datePattern, zone, value, maxErrors);
    }

    /** Returns these options keeping another number of row errors. */
    public IngestOptions withMaxErrors(int value) {
        return new IngestOptions(mapping, datePattern, zone, categoryField, value);
    }
}
