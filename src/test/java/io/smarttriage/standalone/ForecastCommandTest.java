package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
