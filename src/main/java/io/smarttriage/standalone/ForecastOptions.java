package io.smarttriage.standalone;

import io.smarttriage.forecast.ForecastSettings;
import io.smarttriage.ingest.ColumnMappings;
import io.smarttriage.ingest.ExportFormat;
import io.smarttriage.ingest.IngestException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options of {@code smart-triage forecast}, checked before the export is read. */
final class ForecastOptions {

    /** The longest handling time an agent spends on one request: one 8-hour shift. */
    static final long MAX_HANDLING_MINUTES = 480;

    /** The longest answer-time target: one week. */
    static final long MAX_ANSWER_MINUTES = 10_080;

    @Option(
            names = "--issues",
            required = true,
            paramLabel = "FILE",
            description = "The export to read.")
    Path issues;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "jira-csv, jira-json or mapped-csv (default: mapped-csv with "
                            + "--mapping, jira-json for *.json, else jira-csv).")
    String format;

    @Option(
            names = "--mapping",
            paramLabel = "NAME|FILE",
            completionCandidates = MappingNames.class,
            description =
                    "Column mapping for mapped-csv: a built-in name (${COMPLETION-CANDIDATES}) "
                            + "or a mapping file.")
    String mapping;

    @Option(
            names = "--horizon",
            paramLabel = "DAYS",
            defaultValue = "28",
            description = "Days to forecast, 1 to 56 (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(
            names = "--project",
            paramLabel = "KEY",
            description = "Only this project (default: all projects together).")
    String project;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "target/smart-triage/forecast",
            description =
                    "Directory for forecast.html and forecast.json (default: "
                            + "${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--until",
            paramLabel = "DATE",
            converter = DayConverter.class,
            description = "Last history day, yyyy-MM-dd (default: the last day with a request).")
    LocalDate until;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            defaultValue = "UTC",
            converter = ZoneConverter.class,
            description = "Time zone of days and hours (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(
            names = "--holidays",
            paramLabel = "FILE",
            description = "Holiday dates, one yyyy-MM-dd per line (default: none).")
    Path holidays;

    @Option(
            names = "--handling-minutes",
            paramLabel = "MIN",
            description =
                    "Mean handling time in minutes, 1 to "
                            + MAX_HANDLING_MINUTES
                            + " (default: learned from the export, at most 8 hours).")
    Long handlingMinutes;

    @Option(
            names = "--by-category",
            description =
                    "Also forecast each category (the export's category or request type) "
                            + "with 8 weeks and 1 request/day of history; staff on their "
                            + "handling times.")
    boolean byCategory;

    @Option(
            names = "--service-level",
            paramLabel = "SHARE",
            defaultValue = "0.8",
            description =
                    "Share answered within --answer-minutes, above 0 and below 1 "
                            + "(default: ${DEFAULT-VALUE}).")
    double serviceLevel;

    @Option(
            names = "--answer-minutes",
            paramLabel = "MIN",
            defaultValue = "60",
            description =
                    "Answer-time target in minutes, 0 to "
                            + MAX_ANSWER_MINUTES
                            + " (default: ${DEFAULT-VALUE}).")
    long answerMinutes;

    @Option(
            names = "--shrinkage",
            paramLabel = "SHARE",
            defaultValue = "0.3",
            description =
                    "Share of paid time not available, 0 or more and below 1 "
                            + "(default: ${DEFAULT-VALUE}).")
    double shrinkage;

    /** Returns the first option outside its range, as a message, or {@code null} if all fit. */
    String problem() {
        if (horizon < 1 || horizon > ForecastSettings.MAX_HORIZON) {
            return range("--horizon", horizon, "1 to " + ForecastSettings.MAX_HORIZON + " days");
        }
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            return range("--service-level", serviceLevel, "above 0 and below 1");
        }
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            return range("--shrinkage", shrinkage, "0 or more and below 1");
        }
        if (answerMinutes < 0 || answerMinutes > MAX_ANSWER_MINUTES) {
            return range("--answer-minutes", answerMinutes, "0 to " + MAX_ANSWER_MINUTES);
        }
        if (handlingMinutes != null
                && (handlingMinutes < 1 || handlingMinutes > MAX_HANDLING_MINUTES)) {
            return range("--handling-minutes", handlingMinutes, "1 to " + MAX_HANDLING_MINUTES);
        }
        return null;
    }

    /** Returns the export format: the one given, or the one the options and file name imply. */
    ExportFormat exportFormat() throws IngestException {
        if (format != null) {
            return ExportFormat.parse(format);
        }
        if (mapping != null) {
            return ExportFormat.MAPPED_CSV;
        }
        return issues.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? ExportFormat.JIRA_JSON
                : ExportFormat.JIRA_CSV;
    }

    private static String range(String option, Object value, String allowed) {
        return option + " " + value + ": must be " + allowed;
    }

    /** The built-in mapping names, from the ingest package, for the help text. */
    static final class MappingNames implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return ColumnMappings.builtInNames().iterator();
        }
    }
}
