package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.ingest.ColumnMappings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line parsing and error paths: one clear message and an exit code, no stack trace. */
class SmartTriageCommandTest {

    @TempDir Path directory;

    @Test
    void givenMissingFile_backtest_failsWithOneLineNamingTheFile() {
        String missing = directory.resolve("nowhere.csv").toString();

        CliRun run = CliRun.of("backtest", "--issues", missing);

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err().strip())
                .doesNotContain("\n")
                .contains(missing)
                .contains("does not exist");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void givenCsvThatIsNotAJiraExport_backtest_failsWithOneLineNamingFileAndColumns()
            throws IOException {
        Path file = Files.writeString(directory.resolve("people.csv"), "name,age\nAnn,40\n");

        CliRun run = CliRun.of("backtest", "--issues", file.toString());

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(errorLines(run))
                .singleElement()
                .asString()
                .contains(file.toString())
                .contains("Issue key");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void givenBinaryFile_backtest_failsWithOneLine() throws IOException {
        Path file = Files.write(directory.resolve("issues.csv"), new byte[] {0, 1, 2, 3});

        CliRun run = CliRun.of("backtest", "--issues", file.toString());

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(errorLines(run)).singleElement().asString().contains("binary");
    }

    @Test
    void givenUnknownMapping_backtest_failsNamingTheMapping() {
        String file = directory.resolve("issues.csv").toString();

        CliRun run = CliRun.of("backtest", "--issues", file, "--mapping", "no-such-mapping");

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err()).contains("'no-such-mapping'").contains("apache-jira-bugs");
    }

    @Test
    void givenUnknownFormat_backtest_isUsageErrorNamingTheValue() {
        String file = directory.resolve("issues.csv").toString();

        CliRun run = CliRun.of("backtest", "--issues", file, "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err())
                .contains("--format")
                .contains("'xml' is not one of jira-csv, jira-json, mapped-csv")
                .doesNotContain("Exception");
    }

    @Test
    void givenUnknownField_backtest_isUsageErrorListingTheFields() {
        String file = directory.resolve("issues.csv").toString();

        CliRun run = CliRun.of("backtest", "--issues", file, "--fields", "priority,colour");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err())
                .contains("'colour' is not a field")
                .contains("category, component, priority, assignee");
    }

    @Test
    void givenMappedCsvWithoutMapping_backtest_isUsageError() {
        String file = directory.resolve("issues.csv").toString();

        CliRun run = CliRun.of("backtest", "--issues", file, "--format", "mapped-csv");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err()).contains("--format mapped-csv needs --mapping");
    }

    @Test
    void givenMalformedDate_backtest_isUsageErrorNamingTheValue() {
        String file = directory.resolve("issues.csv").toString();

        CliRun run = CliRun.of("backtest", "--issues", file, "--train-until", "32/Foo/09");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err()).contains("'32/Foo/09' is not a date");
    }

    @Test
    void givenNoIssuesOption_backtest_isUsageErrorNamingTheOption() {
        CliRun run = CliRun.of("backtest");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err()).contains("--issues");
    }

    @Test
    void givenHelpOption_backtest_printsEveryOptionCleanly() {
        String[] args = {"backtest", "--help"};

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "--issues",
                        "--format",
                        "--mapping",
                        "--train-until",
                        "--fields",
                        "--out",
                        "--seed",
                        "80%")
                .doesNotContain("%%");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void givenMissingExport_forecast_failsWithAMessageNamingTheFile() {
        String missing = directory.resolve("nowhere.csv").toString();

        CliRun run = CliRun.of("forecast", "--issues", missing);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines().findFirst()).get().asString().contains(missing);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void givenNoCommand_smartTriage_isUsageErrorNamingTheCommands() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err()).contains("backtest, demo, forecast or replay");
    }

    @Test
    void givenHelpOption_backtest_namesEveryBuiltInMapping() {
        String builtIns = String.join(", ", ColumnMappings.builtInNames());

        CliRun run = CliRun.of("backtest", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("(" + builtIns + ")");
    }

    @Test
    void givenTooFewDemoRows_demo_failsAsWrongUsage() {
        CliRun run = CliRun.of("demo", "--rows", "3", "--out", directory.toString());

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err()).contains("--rows 3");
    }

    @Test
    void givenNoLogLevelChosen_whenLoggingQuieted_thenOnlyWarningsAreShown() {
        String before = System.clearProperty(SmartTriageCommand.LOG_LEVEL);

        SmartTriageCommand.quietLogging();

        String level = System.getProperty(SmartTriageCommand.LOG_LEVEL);
        restore(before);
        assertThat(level).isEqualTo("warn");
    }

    @Test
    void givenLogLevelChosen_whenLoggingQuieted_thenTheChoiceStays() {
        String before = System.setProperty(SmartTriageCommand.LOG_LEVEL, "debug");

        SmartTriageCommand.quietLogging();

        String level = System.getProperty(SmartTriageCommand.LOG_LEVEL);
        restore(before);
        assertThat(level).isEqualTo("debug");
    }

    private static void restore(String level) {
        if (level == null) {
            System.clearProperty(SmartTriageCommand.LOG_LEVEL);
        } else {
            System.setProperty(SmartTriageCommand.LOG_LEVEL, level);
        }
    }

    private static List<String> errorLines(CliRun run) {
        return run.err().lines().filter(line -> !line.startsWith("...")).toList();
    }

    @Test
    void givenExportWithoutCategories_backtestOfCategory_failsSayingNothingWasMeasured()
            throws IOException {
        Path file = Files.writeString(directory.resolve("export.csv"), smallJiraCsv());

        CliRun run =
                CliRun.of(
                        "backtest",
                        "--issues",
                        file.toString(),
                        "--fields",
                        "category",
                        "--out",
                        directory.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err()).contains("nothing was measured").doesNotContain("\tat ");
    }

    @Test
    void givenOutputPathUnderAFile_backtest_failsBeforeReadingTheExport() throws IOException {
        Path file = Files.writeString(directory.resolve("export.csv"), smallJiraCsv());
        Path blocker = Files.writeString(directory.resolve("blocker"), "a file, not a folder");

        CliRun run =
                CliRun.of(
                        "backtest",
                        "--issues",
                        file.toString(),
                        "--out",
                        blocker.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err()).contains("--out").contains("cannot create the directory");
        assertThat(run.out()).doesNotContain("Smart Triage backtest");
    }

    private static String smallJiraCsv() {
        StringBuilder csv = new StringBuilder("Issue key,Summary,Priority,Created\n");
        for (int i = 1; i <= 60; i++) {
            csv.append("HELP-").append(i).append(",Printer jam ").append(i);
            csv.append(i % 2 == 0 ? ",High," : ",Low,");
            csv.append(String.format("%02d/Mar/24 9:00 AM%n", 1 + i % 28));
        }
        return csv.toString();
    }
}
