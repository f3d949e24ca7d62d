package io.smarttriage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

/** Tells from a file's first bytes and header which format and built-in mapping it needs. */
final class FormatDetector {
    private static final int SAMPLE = 4096;

    private FormatDetector() {}

    /**
     * Returns the options completed with what the file shows: a folder or a file starting with
     * {@code {} or {@code [} is Jira JSON; a CSV header with {@code Issue key}, {@code Summary}
     * and {@code Created} is Jira's CSV; any other CSV is mapped, through the given mapping or
     * the first built-in mapping whose columns the header has.
     */
    static DetectedExport detect(Path file, IngestOptions options) throws IngestException {
        if (Files.isDirectory(file) || startsLikeJson(file)) {
            return new DetectedExport(ExportFormat.JIRA_JSON, options);
        }
        CsvHeader header = readHeader(file);
        if (header.missing(JiraCsvColumns.REQUIRED).isEmpty()) {
            return new DetectedExport(ExportFormat.JIRA_CSV, options);
        }
        if (options.mapping() != null) {
            return new DetectedExport(ExportFormat.MAPPED_CSV, options);
        }
        for (String name : ColumnMappings.builtInNames()) {
            ColumnMapping mapping = ColumnMappings.resolve(name);
            if (header.missing(new ArrayList<>(mapping.columns().values())).isEmpty()) {
                return new DetectedExport(ExportFormat.MAPPED_CSV, options.withMapping(mapping));
            }
        }
        throw new IngestException(
                "cannot tell what '"
                        + file
                        + "' is: not JSON, not a Jira CSV "
                        + "export and no built-in mapping "
                        + ColumnMappings.builtInNames()
                        + " fits its header, which starts with: "
                        + header.preview()
                        + "; give a mapping file");
    }

    private static boolean startsLikeJson(Path file) throws IngestException {
        TextSniffer.requireText(() -> Files.newInputStream(file), file.toString());
        try (InputStream in = Files.newInputStream(file)) {
            String start =
                    new String(in.readNBytes(SAMPLE), StandardCharsets.UTF_8)
                            .replace("\uFEFF", "")
                            .stripLeading();
            return start.startsWith("{") || start.startsWith("[");
        } catch (IOException e) {
            throw new IngestException("'" + file + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static CsvHeader readHeader(Path file) throws IngestException {
        CsvInput input = CsvInput.open(() -> Files.newInputStream(file), file.toString());
        input.closeAfterRefusal();
        return input.header();
    }
}
