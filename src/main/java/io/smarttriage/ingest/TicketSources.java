package io.smarttriage.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a {@link TicketSource} for an export file (or, for Jira JSON, a folder of files). */
public final class TicketSources {
    private TicketSources() {}

    /**
     * Returns a source reading {@code file} as {@code format}.
     *
     * @param file the export; for {@link ExportFormat#JIRA_JSON} also a folder of {@code .json}
     *     files, read in name order
     * @param format what the export is
     * @param options date pattern, zone, category field, mapping (required for MAPPED_CSV)
     * @throws IngestException when the file does not exist or the options do not fit the format
     */
    public static TicketSource open(Path file, ExportFormat format, IngestOptions options)
            throws IngestException {
        if (!Files.exists(file)) {
            throw new IngestException("'" + file + "' does not exist");
        }
        if (Files.isDirectory(file) && format != ExportFormat.JIRA_JSON) {
            throw new IngestException("'" + file + "' is a folder; only jira-json reads folders");
        }
        String name = file.toString();
        StreamOpener opener = () -> Files.newInputStream(file);
        return switch (format) {
            case MAPPED_CSV -> mapped(opener, name, options);
            case JIRA_CSV -> new JiraCsvSource(opener, name, options);
            case JIRA_JSON -> JiraJsonSource.of(file, options);
        };
    }

    private static TicketSource mapped(StreamOpener opener, String name, IngestOptions options)
            throws IngestException {
        if (options.mapping() == null) {
            throw new IngestException("format mapped-csv needs a column mapping: a built-in name "
                    + ColumnMappings.builtInNames() + " or a mapping file");
        }
        return new MappedCsvSource(opener, name, options);
    }
}
