package io.smarttriage.standalone;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The export formats {@code --format} accepts, by their command-line names. */
enum ExportKind {
    JIRA_CSV,
    JIRA_JSON,
    MAPPED_CSV;

    /** Returns the command-line name, e.g. {@code jira-csv}. */
    String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a command-line name such as {@code mapped-csv}. */
    static final class Converter implements ITypeConverter<ExportKind> {
        @Override
        public ExportKind convert(String value) {
            return Arrays.stream(values()).filter(k -> k.optionName().equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value
                            + "' is not a format; use jira-csv, jira-json or mapped-csv"));
        }
    }
}
