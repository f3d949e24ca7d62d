package io.smarttriage.ingest;

/**
 * What {@link TicketSources#detect} found a file to be.
 *
 * @param format the export format
 * @param options the options to read it with; for a mapped CSV they carry the mapping found
 */
public record DetectedExport(ExportFormat format, IngestOptions options) {

    /** Returns e.g. {@code mapped-csv (mapping apache-jira-bugs)} for messages. */
    public String describe() {
        return options.mapping() == null || format != ExportFormat.MAPPED_CSV
                ? format.cliName()
                : format.cliName() + " (mapping " + options.mapping().name() + ")";
    }
}
