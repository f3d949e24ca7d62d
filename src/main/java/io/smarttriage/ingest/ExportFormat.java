package io.smarttriage.ingest;

import java.util.Locale;

/** The kinds of export the ingest layer reads. */
public enum ExportFormat {
    /** Jira's "Export &gt; CSV (all fields)": display-name headers, repeated list columns. */
    JIRA_CSV,
    /** Jira REST JSON: a search response, an array of issues or one issue; a file or a folder. */
    JIRA_JSON,
    /** Any other CSV, read through a {@link ColumnMapping}. */
    MAPPED_CSV;

    /** Returns the command-line name, e.g. {@code jira-csv}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a command-line name such as {@code jira-csv} or {@code MAPPED_CSV}. */
    public static ExportFormat parse(String name) throws IngestException {
        String normal = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ExportFormat format : values()) {
            if (format.name().equals(normal)) {
                return format;
            }
        }
        throw new IngestException(
                "format '" + name + "' is not one of jira-csv, jira-json, mapped-csv");
    }
}
