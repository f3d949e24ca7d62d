package io.smarttriage.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /**
     * Returns a source for {@code file}, telling its format from its content.
     *
     * <p>A folder, or a file starting with {@code {} or {@code [}, is read as Jira REST JSON; a
     * CSV file whose header has {@code Issue key}, {@code Summary} and {@code Created} as Jira's
     * CSV export; any other CSV file through {@code options.mapping()} or, when that is unset,
     * the built-in mapping whose columns its header has.
     *
     * @throws IngestException when the file is missing, empty or binary, or fits no format
     */
    public static TicketSource open(Path file, IngestOptions options) throws IngestException {
        DetectedExport detected = detect(file, options);
        return open(file, detected.format(), detected.options());
    }

    /**
     * Tells the format of {@code file} as {@link #open(Path, IngestOptions)} does, without reading
     * more than its first bytes and header.
     *
     * @throws IngestException when the file is missing, empty or binary, or fits no format
     */
    public static DetectedExport detect(Path file, IngestOptions options) throws IngestException {
        if (!Files.exists(file)) {
            throw new IngestException("'" + file + "' does not exist");
        }
        return FormatDetector.detect(file, options);
    }

    /**
     * Returns a source reading several Jira REST JSON files one after the other, in the order
     * given, numbering their issues as one sequence.
     *
     * @throws IngestException when the list is empty or a file does not exist
     */
    public static TicketSource openJson(List<Path> files, IngestOptions options)
            throws IngestException {
        if (files.isEmpty()) {
            throw new IngestException("no JSON files given");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IngestException("'" + file + "' does not exist or is not a file");
            }
        }
        return JiraJsonSource.of(files, options);
    }

    private static TicketSource mapped(StreamOpener opener, String name, IngestOptions options)
            throws IngestException {
        if (options.mapping() == null) {
            throw new IngestException(
                    "format mapped-csv needs a column mapping: a built-in name "
                            + ColumnMappings.builtInNames()
                            + " or a mapping file");
        }
        return new MappedCsvSource(opener, name, options);
    }
}
