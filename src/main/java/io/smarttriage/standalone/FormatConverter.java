package io.smarttriage.standalone;

import io.smarttriage.ingest.ExportFormat;
import io.smarttriage.ingest.IngestException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format}: jira-csv, jira-json or mapped-csv. */
final class FormatConverter implements ITypeConverter<ExportFormat> {

    @Override
    public ExportFormat convert(String value) {
        try {
            return ExportFormat.parse(value);
        } catch (IngestException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** Returns the command-line name of {@code format}, e.g. {@code jira-csv}. */
    static String optionName(ExportFormat format) {
        return format.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
