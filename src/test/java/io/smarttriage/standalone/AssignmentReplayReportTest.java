package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assignment replay in the console output, the JSON result and the HTML report. */
class AssignmentReplayReportTest {

    private static final List<String> SHARE_FIELDS =
            List.of(
                    "actualBusiestShare",
                    "appBusiestShare",
                    "actualGini",
                    "appGini",
                    "actualLoadGini",
                    "appLoadGini",
                    "actualEligibleShare",
                    "agreement");
    private static final Pattern SCORE = Pattern.compile("\\b(\\d+[.,]\\d{3})\\b");
    private static final Pattern CELL = Pattern.compile("<td class=\"num\">([^<]*)</td>");

    @TempDir Path directory;

    @Test
    void givenGeneratedDesk_demo_printsReplayTableOfActualAgainstApp() {
        String out = directory.toString();

        CliRun run = CliRun.of("demo", "--rows", "400", "--fields", "assignee", "--out", out);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("assignee replay:").contains("actual      app");
        assertThat(scores(line(run.out(), "busiest agent's share"))).hasSize(2).allMatch(unit());
        assertThat(scores(line(run.out(), "Gini of requests taken"))).hasSize(2).allMatch(unit());
        assertThat(scores(line(run.out(), "Gini of mean open load"))).hasSize(2).allMatch(unit());
        assertThat(scores(line(run.out(), "actual assignee eligible")))
                .singleElement()
                .matches(unit());
    }

    @Test
    void givenGeneratedDesk_demo_writesReplaySharesInTheUnitIntervalToJson() throws IOException {
        CliRun.of("demo", "--rows", "400", "--fields", "assignee", "--out", directory.toString());

        JsonNode result = new ObjectMapper().readTree(directory.resolve("result.json").toFile());

        JsonNode replay = result.path("assignment").path("replay");
        assertThat(replay.path("requests").asInt()).isPositive();
        assertThat(replay.path("availability").asText()).isEqualTo(AvailabilitySource.ALWAYS);
        for (String name : SHARE_FIELDS) {
            assertThat(replay.path(name).isNumber()).as(name).isTrue();
            assertThat(replay.path(name).asDouble()).as(name).isBetween(0.0, 1.0);
        }
        assertThat(result.path("assignment").path("replayNote").isNull()).isTrue();
    }

    @Test
    void givenGeneratedDesk_demo_rendersReplayTableWithSharesInTheUnitInterval()
            throws IOException {
        CliRun.of("demo", "--rows", "400", "--fields", "assignee", "--out", directory.toString());

        String table = replayTable(Files.readString(directory.resolve("report.html")));

        assertThat(table).contains("busiest agent", "Gini coefficient", "eligible");
        assertThat(cells(table)).hasSize(16);
        assertThat(scores(table)).hasSize(8).allMatch(unit());
    }

    @Test
    void givenGeneratedDesk_demo_rendersTopAgentSharesBesideCapacityShares() throws IOException {
        CliRun.of("demo", "--rows", "400", "--fields", "assignee", "--out", directory.toString());

        String html = Files.readString(directory.resolve("report.html"));

        String table = html.substring(html.indexOf("id=\"replay-shares\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table).contains("Share of capacity");
        assertThat(scores(table)).isNotEmpty().allMatch(value -> value >= 0);
    }

    private static String replayTable(String html) {
        String table = html.substring(html.indexOf("<table class=\"metrics\" id=\"replay\">"));
        return table.substring(0, table.indexOf("</table>"));
    }

    private static String line(String out, String label) {
        return out.lines().filter(l -> l.contains(label)).findFirst().orElseThrow();
    }

    private static List<Double> scores(String text) {
        List<Double> values = new ArrayList<>();
        Matcher matcher = SCORE.matcher(text);
        while (matcher.find()) {
            values.add(Double.parseDouble(matcher.group(1).replace(',', '.')));
        }
        return values;
    }

    private static List<String> cells(String table) {
        List<String> values = new ArrayList<>();
        Matcher matcher = CELL.matcher(table);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static Predicate<Double> unit() {
        return value -> value >= 0 && value <= 1;
    }
}
