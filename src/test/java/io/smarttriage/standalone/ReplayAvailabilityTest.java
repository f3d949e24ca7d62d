package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code --availability} option of the backtest: absences reach the assignment replay. */
class ReplayAvailabilityTest {

    @TempDir Path directory;

    @Test
    void givenBusiestAgentPaused_backtest_replayCountsThemIneligible() throws IOException {
        GeneratedExport export = new GeneratedExport(7, 400);
        Path issues = export.writeTo(directory.resolve("issues.csv"));
        Path agents =
                Files.writeString(
                        directory.resolve("agents.json"),
                        "{\"agents\": {\"" + export.busiestAgent() + "\": {\"paused\": true}}}");

        CliRun run = backtest(issues, "--availability", agents.toString());

        JsonNode replay = readResult().path("assignment").path("replay");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("availability: " + agents)
                .contains("actual assignee not eligible: assignment paused");
        assertThat(replay.path("actualExclusions").path("assignment paused").asInt()).isPositive();
        assertThat(replay.path("actualEligibleShare").asDouble()).isBetween(0.0, 1.0).isLessThan(1);
    }

    @Test
    void givenGermanDefaultLocale_backtest_stillPrintsTheExclusionsInEnglish() throws IOException {
        GeneratedExport export = new GeneratedExport(7, 400);
        Path issues = export.writeTo(directory.resolve("issues.csv"));
        Path agents =
                Files.writeString(
                        directory.resolve("agents.json"),
                        "{\"agents\": {\"" + export.busiestAgent() + "\": {\"paused\": true}}}");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);

        CliRun run;
        try {
            run = backtest(issues, "--availability", agents.toString());
        } finally {
            Locale.setDefault(before);
        }

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("actual assignee not eligible: assignment paused")
                .doesNotContain("Zuweisung pausiert");
    }

    @Test
    void givenNoAvailabilityFile_backtest_replaysWithEveryAgentAvailable() throws IOException {
        Path issues = new GeneratedExport(7, 400).writeTo(directory.resolve("issues.csv"));

        CliRun run = backtest(issues);

        JsonNode replay = readResult().path("assignment").path("replay");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("availability: " + AvailabilitySource.ALWAYS);
        assertThat(replay.path("actualExclusions").has("assignment paused")).isFalse();
    }

    @Test
    void givenMissingAvailabilityFile_backtest_failsWithOneLineNamingTheFile() {
        Path missing = directory.resolve("nobody.json");

        CliRun run =
                backtest(directory.resolve("issues.csv"), "--availability", missing.toString());

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err().strip())
                .doesNotContain("\n")
                .contains("--availability " + missing)
                .contains("does not exist");
    }

    @Test
    void givenBrokenJson_backtest_failsNamingLineAndColumnWithoutQuotingTheFile()
            throws IOException {
        Path agents = Files.writeString(directory.resolve("agents.json"), "{\"agents\": {\n  ]");

        CliRun run = backtest(directory.resolve("issues.csv"), "--availability", agents.toString());

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err().strip())
                .doesNotContain("\n")
                .contains("--availability " + agents + ": not readable as JSON")
                .contains("at line 2, column 3")
                .doesNotContain("Source:");
    }

    @Test
    void givenUnknownTimeZone_backtest_failsNamingAgentFieldAndValue() throws IOException {
        Path agents =
                Files.writeString(
                        directory.resolve("agents.json"),
                        "{\"agents\": {\"ann\": {\"zone\": \"Mars/Base\"}}}");

        CliRun run = backtest(directory.resolve("issues.csv"), "--availability", agents.toString());

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err())
                .contains(agents.toString())
                .contains("'ann'")
                .contains("'zone'")
                .contains("'Mars/Base'")
                .doesNotContain("Exception");
    }

    private CliRun backtest(Path issues, String... more) {
        String[] base = {
            "backtest",
            "--issues",
            issues.toString(),
            "--fields",
            "assignee",
            "--out",
            directory.resolve("out").toString()
        };
        String[] args = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.of(args);
    }

    private JsonNode readResult() throws IOException {
        return new ObjectMapper()
                .readTree(directory.resolve("out").resolve("result.json").toFile());
    }
}
