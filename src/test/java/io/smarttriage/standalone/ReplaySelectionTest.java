package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.smarttriage.domain.Ticket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which requests a replay runs, and the refusal when the filters leave none. */
class ReplaySelectionTest {

    private static final Instant DAY_ONE = Instant.parse("2024-01-01T00:00:00Z");
    private static final Path EXPORT = Path.of("export.csv");

    @TempDir private Path dir;

    @Test
    void givenTwoProjects_apply_keepsTheChosenProjectOldestFirstUpToTheLimit() {
        List<Ticket> usable =
                List.of(ticket("B-1", "B", 3), ticket("A-2", "A", 2), ticket("A-1", "A", 1));

        List<Ticket> chosen = new ReplaySelection(List.of("A"), null, 1).apply(EXPORT, usable);

        assertThat(chosen).extracting(Ticket::key).containsExactly("A-1");
    }

    @Test
    void givenUnknownProject_apply_failsNamingTheFilterAndTheProjectsPresent() {
        List<Ticket> usable = List.of(ticket("A-1", "A", 1), ticket("B-1", "B", 2));

        Throwable thrown =
                catchThrowable(
                        () ->
                                new ReplaySelection(List.of("NOPE"), null, null)
                                        .apply(EXPORT, usable));

        assertThat(thrown)
                .isInstanceOf(InputException.class)
                .hasMessage(
                        "export.csv: no request matches --projects NOPE; the export holds the"
                                + " projects [A, B], created up to 2024-01-03T00:00:00Z");
    }

    @Test
    void givenOneKnownAndOneUnknownProject_apply_failsNamingTheUnknownOne() {
        List<Ticket> usable = List.of(ticket("A-1", "A", 1), ticket("B-1", "B", 2));

        Throwable thrown =
                catchThrowable(
                        () ->
                                new ReplaySelection(List.of("A", "NOPE"), null, null)
                                        .apply(EXPORT, usable));

        assertThat(thrown)
                .isInstanceOf(InputException.class)
                .hasMessage(
                        "export.csv: no request of the projects [NOPE] matches --projects"
                                + " A,NOPE; the export holds the projects [A, B], created up to"
                                + " 2024-01-03T00:00:00Z");
    }

    @Test
    void givenSinceAfterEveryRequest_apply_failsNamingTheLastCreationTime() {
        List<Ticket> usable = List.of(ticket("A-1", "A", 1));
        Instant since = Instant.parse("2030-01-01T00:00:00Z");

        Throwable thrown =
                catchThrowable(() -> new ReplaySelection(null, since, null).apply(EXPORT, usable));

        assertThat(thrown)
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no request matches --since 2030-01-01T00:00:00Z")
                .hasMessageContaining("created up to 2024-01-02T00:00:00Z");
    }

    @Test
    void givenRequestsWithoutProjectOrDate_usable_leavesThemOut() {
        List<Ticket> all =
                List.of(
                        ticket("A-1", "A", 1),
                        Ticket.builder("X-1", DAY_ONE).build(),
                        Ticket.builder("A-2", null).project("A").build());

        List<Ticket> usable = ReplaySelection.usable(all);

        assertThat(usable).extracting(Ticket::key).containsExactly("A-1");
    }

    @Test
    void givenExportWithoutProjects_replay_isBadInputBeforeAnyNodeStarts() throws IOException {
        Path export = dir.resolve("tickets.csv");
        Files.write(export, List.of("Document,Topic_group", "printer jam,Hardware"));

        CliRun run =
                CliRun.of(
                        "replay", "--issues", export.toString(), "--mapping", "it-service-tickets");

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err().lines().findFirst())
                .contains(
                        "smart-triage replay: error: "
                                + export
                                + ": no request has both a project and a creation date, and the"
                                + " replay needs both");
        assertThat(run.out()).doesNotContain("Replay of");
    }

    @Test
    void givenNegativeLimit_replay_isUsageErrorNamingTheOption() {
        CliRun run = CliRun.of("replay", "--issues", "export.csv", "--limit", "-5");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines().findFirst())
                .contains("smart-triage replay: error: --limit -5: must be at least 1");
    }

    private static Ticket ticket(String key, String project, int day) {
        return Ticket.builder(key, DAY_ONE.plusSeconds(86_400L * day)).project(project).build();
    }
}
