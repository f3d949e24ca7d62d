package io.smarttriage.standalone;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code smart-triage backtest}: measures triage on an export, trained on its own history. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Trains on the export's requests created before the cut, triages the "
                + "later ones one at a time as if live, and prints per field accuracy, "
                + "macro-F1, urgent recall (priority), coverage and precision at the shipped "
                + "threshold beside the majority-class baseline.",
            "Writes result.json and a self-contained report.html."})
final class BacktestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--issues", required = true, paramLabel = "FILE",
            description = "The export to read.")
    private Path issues;

    @Option(names = "--format", paramLabel = "FORMAT", converter = ExportKind.Converter.class,
            description = "jira-csv, jira-json or mapped-csv (default: mapped-csv with "
                    + "--mapping, jira-json for *.json, else jira-csv).")
    private ExportKind format;

    @Option(names = "--mapping", paramLabel = "NAME|FILE",
            description = "Column mapping for mapped-csv: a built-in name (apache-jira-bugs, "
                    + "it-service-tickets) or a mapping file.")
    private String mapping;

    @Option(names = "--train-until", paramLabel = "DATE", converter = InstantConverter.class,
            description = "Train on requests created before this (yyyy-MM-dd = midnight UTC, "
                    + "or ISO-8601). Default: after 80% of the dated history; undated data "
                    + "holds out every fifth row instead.")
    private Instant trainUntil;

    @Mixin
    private RunOptions options;

    @Override
    public Integer call() {
        ExportKind kind = formatToUse();
        if (!Files.exists(issues)) {
            throw new InputException("--issues " + issues + ": no such file");
        }
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr());
        String described = kind.optionName() + (mapping == null ? "" : ", mapping " + mapping);
        DatasetInfo source = new DatasetInfo(issues.toString(), described, false, null);
        TicketFeed feed = ExportFeeds.open(issues, kind, mapping, progress);
        out.println("Smart Triage backtest");
        BacktestResult result = new BacktestRunner(Trainers.standard(), progress)
                .run("backtest", source, feed, trainUntil, options.fields, options.seed);
        new ConsoleReport(out).print(result);
        List<Path> written = ReportFiles.write(result, outputDirectory());
        out.printf("%nWrote %s and %s%n", written.get(0), written.get(1));
        return 0;
    }

    private ExportKind formatToUse() {
        ExportKind kind = format;
        if (kind == null) {
            kind = mapping != null ? ExportKind.MAPPED_CSV
                    : issues.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                            ? ExportKind.JIRA_JSON : ExportKind.JIRA_CSV;
        }
        if (kind == ExportKind.MAPPED_CSV && mapping == null) {
            throw new ParameterException(spec.commandLine(),
                    "--format mapped-csv needs --mapping NAME|FILE");
        }
        if (kind != ExportKind.MAPPED_CSV && mapping != null) {
            throw new ParameterException(spec.commandLine(), "--mapping " + mapping
                    + " only applies to --format mapped-csv, not " + kind.optionName());
        }
        return kind;
    }

    private Path outputDirectory() {
        if (options.out != null) {
            return options.out;
        }
        Path name = issues.toAbsolutePath().normalize().getFileName();
        Path parent = issues.toAbsolutePath().normalize().getParent();
        String stem = name.toString().replaceFirst("\\.[^.]*$", "");
        String folder = parent == null || parent.getFileName() == null ? stem
                : parent.getFileName() + "-" + stem;
        return Path.of("target", "smart-triage", "backtest", folder);
    }
}
