package io.smarttriage.standalone;

import io.smarttriage.ingest.ExportFormat;
import io.smarttriage.ingest.IngestOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code smart-triage backtest}: measures triage on an export, trained on its own history. */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Trains on the export's requests created before the cut, triages the "
                    + "later ones one at a time as if live, and prints per field accuracy, "
                    + "macro-F1, urgent recall (priority), coverage and precision at the shipped "
                    + "threshold beside the majority-class baseline; for the assignee, top-1 "
                    + "and top-5 and a time-ordered replay of the load spread over the agents.",
            "Writes result.json and a self-contained report.html."
        })
final class BacktestCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Option(
            names = "--issues",
            required = true,
            paramLabel = "FILE",
            description = "The export to read.")
    private Path issues;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description =
                    "jira-csv, jira-json or mapped-csv (default: mapped-csv with "
                            + "--mapping, jira-json for *.json, else jira-csv).")
    private ExportFormat format;

    @Option(
            names = "--mapping",
            paramLabel = "NAME|FILE",
            completionCandidates = ForecastOptions.MappingNames.class,
            description =
                    "Column mapping for mapped-csv: a built-in name (${COMPLETION-CANDIDATES}) "
                            + "or a mapping file.")
    private String mapping;

    @Option(
            names = "--train-until",
            paramLabel = "DATE",
            converter = InstantConverter.class,
            description =
                    "Train on requests created before this (yyyy-MM-dd = midnight UTC, "
                            + "or ISO-8601). Default: after 80%% of the dated history; "
                            + "undated data holds out every fifth row instead.")
    private Instant trainUntil;

    @Option(
            names = "--date-pattern",
            paramLabel = "PATTERN",
            description =
                    "Date pattern of the export, e.g. 'dd/MMM/yy h:mm a' (default: the "
                            + "format's or mapping's).")
    private String datePattern;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            description =
                    "Time zone of dates without an offset, e.g. Europe/Berlin "
                            + "(default: UTC or the mapping's).")
    private String zone;

    @Option(
            names = "--category-field",
            paramLabel = "NAME",
            description =
                    "Column (Jira CSV) or field id (Jira JSON) holding the request "
                            + "category (default: Custom field (Request Type) / requestType).")
    private String categoryField;

    @Option(
            names = "--availability",
            paramLabel = "FILE",
            description =
                    "Agent availability for the assignment replay: a JSON file of working "
                            + "hours, time zones, absences and pause switches per agent "
                            + "(default: every agent available around the clock).")
    private Path availability;

    @Mixin private RunOptions options;

    @Override
    public Integer call() {
        ExportFormat kind = formatToUse();
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr());
        String described =
                FormatConverter.optionName(kind) + (mapping == null ? "" : ", mapping " + mapping);
        DataSource source = new DataSource(issues.toString(), described, false);
        AvailabilitySource agents =
                availability == null
                        ? AvailabilitySource.always()
                        : AvailabilitySource.read(availability);
        TicketFeed feed = ExportFeeds.open(issues, kind, mapping, ingestOptions());
        Path directory = outputDirectory();
        ReportFiles.prepare(directory);
        out.println("Smart Triage backtest");
        BacktestResult result =
                new BacktestRunner(Trainers.standard(), progress, agents)
                        .run("backtest", source, feed, trainUntil, options.fields, options.seed);
        new ConsoleReport(out).print(result);
        List<Path> written = ReportFiles.write(result, directory);
        out.printf("%nWrote %s and %s%n", written.get(0), written.get(1));
        if (result.fields().isEmpty() && result.assignment() == null) {
            throw new InputException(
                    "nothing was measured: every field asked for was skipped (reasons above)");
        }
        return 0;
    }

    private ExportFormat formatToUse() {
        ExportFormat kind = format;
        if (kind == null) {
            kind =
                    mapping != null
                            ? ExportFormat.MAPPED_CSV
                            : issues.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                                    ? ExportFormat.JIRA_JSON
                                    : ExportFormat.JIRA_CSV;
        }
        if (kind == ExportFormat.MAPPED_CSV && mapping == null) {
            throw new ParameterException(
                    spec.commandLine(), "--format mapped-csv needs --mapping NAME|FILE");
        }
        if (kind != ExportFormat.MAPPED_CSV && mapping != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--mapping "
                            + mapping
                            + " only applies to --format mapped-csv, not "
                            + FormatConverter.optionName(kind));
        }
        return kind;
    }

    private IngestOptions ingestOptions() {
        IngestOptions ingest = IngestOptions.defaults().withCategoryField(categoryField);
        try {
            ingest = ingest.withDatePattern(datePattern);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--date-pattern: " + e.getMessage());
        }
        if (zone == null) {
            return ingest;
        }
        try {
            return ingest.withZone(ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--zone '"
                            + zone
                            + "' is not a time zone; use an id such as UTC or Europe/Berlin");
        }
    }

    private Path outputDirectory() {
        if (options.out != null) {
            return options.out;
        }
        Path name = issues.toAbsolutePath().normalize().getFileName();
        Path parent = issues.toAbsolutePath().normalize().getParent();
        String stem = name.toString().replaceFirst("\\.[^.]*$", "");
        String folder =
                parent == null || parent.getFileName() == null
                        ? stem
                        : parent.getFileName() + "-" + stem;
        return Path.of("target", "smart-triage", "backtest", folder);
    }
}
