package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smarttriage.ingest.ColumnMappings;
import io.smarttriage.ingest.IngestSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class ForecastCommandTest {

    private static final String HEADER = "key,project,created,resolved,components,summary";
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final String PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

    @TempDir private Path dir;

    @Test
    void givenTenWeeksOfExport_forecast_printsTableAndWritesPageAndJson() throws IOException {
        Path issues = writeExport(70);
        StringWriter out = new StringWriter();

        int exit =
                run(
                        out,
                        "--issues",
                        issues.toString(),
                        "--mapping",
                        mappingFile(),
                        "--horizon",
                        "14",
                        "--out",
                        dir.resolve("report").toString());

        assertThat(exit).isZero();
        assertThat(out.toString().lines().filter(l -> l.matches("^\\d{4}-\\d\\d-\\d\\d.*")))
                .hasSize(14);
        String html = Files.readString(dir.resolve("report/forecast.html"));
        assertThat(html)
                .contains("role=\"img\"", "<title id=\"chart-title\">", "<polygon")
                .doesNotContain("<script", "<link", "$msg");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report/forecast.json").toFile());
        assertThat(json.get("forecast")).hasSize(14);
        assertThat(json.get("staffing")).hasSize(14);
        assertThat(json.get("origin").asText()).isEqualTo(START.plusDays(70).toString());
    }

    @Test
    void givenThreeWeeksOfExport_forecast_showsShortHistoryNote() throws IOException {
        Path issues = writeExport(21);
        StringWriter out = new StringWriter();

        int exit =
                run(
                        out,
                        "--issues",
                        issues.toString(),
                        "--mapping",
                        mappingFile(),
                        "--horizon",
                        "7",
                        "--out",
                        dir.resolve("short").toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("NOTE: Less than eight weeks of history");
        assertThat(Files.readString(dir.resolve("short/forecast.html"))).contains("class=\"note\"");
    }

    @Test
    void givenUnknownProject_forecast_failsNamingTheProject() throws IOException {
        Path issues = writeExport(21);
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ForecastCommand());
        command.setErr(new PrintWriter(err));

        int exit =
                command.execute(
                        "--issues",
                        issues.toString(),
                        "--mapping",
                        mappingFile(),
                        "--project",
                        "NOPE");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no requests").contains("'NOPE'");
    }

    @Test
    void givenMissingExport_forecast_failsNamingTheFile() {
        Path missing = dir.resolve("absent.csv");
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ForecastCommand());
        command.setErr(new PrintWriter(err));

        int exit = command.execute("--issues", missing.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(missing + ": no such file");
    }

    @Test
    void givenExportWithCategories_forecastByCategory_printsCategoryTableAndWritesIt()
            throws IOException {
        Path issues = writeCategorisedExport(70);
        StringWriter out = new StringWriter();

        int exit =
                run(
                        out,
                        "--issues",
                        issues.toString(),
                        "--mapping",
                        categoryMappingFile(),
                        "--horizon",
                        "14",
                        "--by-category",
                        "--out",
                        dir.resolve("cat").toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).anyMatch(l -> l.matches("^Access\\s+\\d+\\s+\\d+\\.\\d.*"));
        assertThat(lines).anyMatch(l -> l.matches("^Network\\s+\\d+\\s+\\d+\\.\\d.*"));
        assertThat(lines)
                .anyMatch(l -> l.startsWith("other") && l.contains("Too little history"))
                .contains("Grouped as \"other\": Printer")
                .anyMatch(l -> l.contains("handling time per category"));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("cat/forecast.json").toFile());
        assertThat(json.get("categories")).hasSize(3);
        assertThat(json.get("categories").get(0).get("category").asText()).isEqualTo("Access");
        assertThat(Files.readString(dir.resolve("cat/forecast.html")))
                .contains("<table class=\"categories\">", "<th scope=\"row\">Network</th>");
    }

    @ParameterizedTest
    @CsvSource({
        "--horizon, 0, '--horizon 0: must be 1 to 56 days'",
        "--horizon, 100, '--horizon 100: must be 1 to 56 days'",
        "--shrinkage, 1.5, '--shrinkage 1.5: must be 0 or more and below 1'",
        "--service-level, 1, '--service-level 1.0: must be above 0 and below 1'",
        "--answer-minutes, -5, '--answer-minutes -5: must be 0 to 10080'",
        "--answer-minutes, 9223372036854775807, '--answer-minutes 9223372036854775807: must be"
                + " 0 to 10080'",
        "--handling-minutes, 0, '--handling-minutes 0: must be 1 to 480'",
        "--handling-minutes, 100000000000, '--handling-minutes 100000000000: must be 1 to 480'"
    })
    void givenOptionOutOfRange_forecast_isUsageErrorBeforeReadingTheExport(
            String option, String value, String message) throws IOException {
        Path issues = writeExport(21);

        CliRun run = cli(issues, option, value);

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines().findFirst())
                .contains("smart-triage forecast: error: " + message);
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(run.out()).doesNotContain("rows read");
    }

    @Test
    void givenFiveDaysOfExport_forecast_isBadDataNamingTheHistoryLength() throws IOException {
        Path issues = writeExport(5);

        CliRun run = cli(issues);

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err().lines().findFirst())
                .contains(
                        "smart-triage forecast: error: forecast needs at least 14 days of "
                                + "history, got 5 days ending 2024-01-05");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void givenUntilYearsAfterTheData_forecast_isBadDataNamingTheDataDates() throws IOException {
        Path issues = writeExport(21);

        CliRun run = cli(issues, "--until", "2030-01-01");

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err().lines().findFirst())
                .get()
                .asString()
                .startsWith("smart-triage forecast: error: --until 2030-01-01: ")
                .contains("created from 2024-01-01 to 2024-01-21");
        assertThat(run.out()).doesNotContain("Wrote");
    }

    @Test
    void givenUntilBeforeTheData_forecast_isBadDataNamingTheDataDates() throws IOException {
        Path issues = writeExport(21);

        CliRun run = cli(issues, "--until", "2023-06-30");

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err().lines().findFirst())
                .get()
                .asString()
                .startsWith("smart-triage forecast: error: --until 2023-06-30: ")
                .contains("created from 2024-01-01 to 2024-01-21");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @ParameterizedTest
    @CsvSource({
        "--until, 2018-02-30, '--until': '2018-02-30' is not a day in the form yyyy-MM-dd",
        "--zone, Mars/Olympus, '--zone': 'Mars/Olympus' is not a time zone"
    })
    void givenUnreadableDayOrZone_forecast_isUsageErrorNamingOptionAndValue(
            String option, String value, String message) throws IOException {
        Path issues = writeExport(21);

        CliRun run = cli(issues, option, value);

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines().findFirst()).get().asString().contains(message);
        assertThat(run.err()).doesNotContain("java.", "Exception");
    }

    @Test
    void givenMissingHolidaysFile_forecast_isBadInputNamingOptionAndFile() throws IOException {
        Path issues = writeExport(21);
        Path holidays = dir.resolve("holidays.txt");

        CliRun run = cli(issues, "--holidays", holidays.toString());

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err().lines().findFirst())
                .contains(
                        "smart-triage forecast: error: --holidays " + holidays + ": no such file");
        assertThat(run.out()).doesNotContain("rows read");
    }

    @Test
    void givenHolidaysFolder_forecast_isBadInputSayingItIsAFolder() throws IOException {
        Path issues = writeExport(21);

        CliRun run = cli(issues, "--holidays", dir.toString());

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err().lines().findFirst())
                .contains(
                        "smart-triage forecast: error: --holidays "
                                + dir
                                + ": is a folder, not a file");
    }

    @Test
    void givenOutUnderAFile_forecast_failsBeforeReadingTheExport() throws IOException {
        Path issues = writeExport(21);
        Path out = issues.resolve("report");

        CliRun run =
                CliRun.of(
                        "forecast",
                        "--issues",
                        issues.toString(),
                        "--mapping",
                        mappingFile(),
                        "--out",
                        out.toString());

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err().lines().findFirst())
                .get()
                .asString()
                .startsWith("smart-triage forecast: error: --out " + out + ": cannot create");
        assertThat(run.out()).doesNotContain("rows read");
    }

    @Test
    void givenHelp_forecast_namesEveryBuiltInMappingAndTheTargetFolder() {
        List<String> mappings = ColumnMappings.builtInNames();

        CliRun run = CliRun.of("forecast", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " "))
                .contains(String.join(", ", mappings))
                .contains("default: target/smart-triage/forecast");
    }

    @Test
    void givenLargeSummary_describe_printsThousandsSeparators() {
        IngestSummary summary = new IngestSummary("issues.csv", 35_036, 35_000, 36, List.of());

        String line = ForecastExport.describe(summary);

        assertThat(line).isEqualTo("issues.csv: 35,036 rows read, 35,000 used, 36 rejected");
    }

    private CliRun cli(Path issues, String... more) throws IOException {
        List<String> args = new ArrayList<>();
        args.addAll(
                List.of(
                        "forecast",
                        "--issues",
                        issues.toString(),
                        "--mapping",
                        mappingFile(),
                        "--out",
                        dir.resolve("out").toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static int run(StringWriter out, String... args) {
        CommandLine command = new CommandLine(new ForecastCommand());
        command.setOut(new PrintWriter(out));
        return command.execute(args);
    }

    private String mappingFile() throws IOException {
        Path file = dir.resolve("mapping.properties");
        Files.write(
                file,
                List.of(
                        "key=key",
                        "project=project",
                        "created=created",
                        "resolved=resolved",
                        "components=components",
                        "summary=summary",
                        "date.pattern=" + PATTERN));
        return file.toString();
    }

    private String categoryMappingFile() throws IOException {
        Path file = dir.resolve("category-mapping.properties");
        Files.write(
                file,
                List.of(
                        "key=key",
                        "project=project",
                        "created=created",
                        "resolved=resolved",
                        "category=category",
                        "summary=summary",
                        "date.pattern=" + PATTERN));
        return file.toString();
    }

    private Path writeCategorisedExport(int days) throws IOException {
        List<String> lines =
                new ArrayList<>(List.of("key,project,created,resolved,category,summary"));
        int key = 1;
        for (int d = 0; d < days; d++) {
            LocalDate date = START.plusDays(d);
            int count = date.getDayOfWeek().getValue() >= 6 ? 2 : 8 + d % 3;
            for (int i = 0; i < count + (d % 5 == 0 ? 1 : 0); i++) {
                Instant created = date.atTime(8 + i, 15).toInstant(ZoneOffset.UTC);
                String category = i >= count ? "Printer" : i % 3 == 0 ? "Network" : "Access";
                String resolved = time(created.plusSeconds(i % 3 == 0 ? 3600 : 900));
                lines.add(
                        "HELP-%d,HELP,%s,%s,%s,Help please"
                                .formatted(key++, time(created), resolved, category));
            }
        }
        Path file = dir.resolve("categorised-" + days + ".csv");
        Files.write(file, lines);
        return file;
    }

    private Path writeExport(int days) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        int key = 1;
        for (int d = 0; d < days; d++) {
            LocalDate date = START.plusDays(d);
            int count = date.getDayOfWeek().getValue() >= 6 ? 2 : 8 + d % 3;
            for (int i = 0; i < count; i++) {
                Instant created = date.atTime(8 + i, 15).toInstant(ZoneOffset.UTC);
                String resolved = i % 2 == 0 ? time(created.plusSeconds(1800)) : "";
                lines.add(
                        "HELP-"
                                + key++
                                + ",HELP,"
                                + time(created)
                                + ","
                                + resolved
                                + ",Access,\"Cannot log in, please help\"");
            }
        }
        Path file = dir.resolve("issues-" + days + ".csv");
        Files.write(file, lines);
        return file;
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ofPattern(PATTERN).format(instant.atOffset(ZoneOffset.UTC));
    }
}
