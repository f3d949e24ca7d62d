package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the {@code replay} command refuses a database it cannot use. */
class ReplayCommandTest {

    @Test
    void givenDbOfAnotherKind_replay_isUsageErrorNamingTheValueBeforeReadingTheExport() {
        String missing = "no-such-export.csv";

        CliRun run = CliRun.of("replay", "--issues", missing, "--db", "mysql://127.0.0.1/test");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines().findFirst())
                .contains(
                        "smart-triage replay: error: --db 'mysql://127.0.0.1/test': must be"
                                + " 'embedded' or a URL starting with jdbc:postgresql:");
        assertThat(run.err()).doesNotContain(missing);
    }

    @Test
    void givenPostgresqlUrlThatDoesNotAnswer_replay_isBadInputNamingTheUrlBeforeReading() {
        String url = "jdbc:postgresql://127.0.0.1:1/test";

        CliRun run = CliRun.of("replay", "--issues", "no-such-export.csv", "--db", url);

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err().lines().findFirst().orElseThrow())
                .startsWith("smart-triage replay: error: database " + url + " as user 'postgres'");
        assertThat(run.out()).doesNotContain("Read ");
    }

    @Test
    void givenMoreNodesThanTheMaximum_replay_isUsageErrorNamingTheLimit() {
        String nodes = String.valueOf(ReplayCommand.MAX_NODES + 1);

        CliRun run = CliRun.of("replay", "--issues", "no-such-export.csv", "--nodes", nodes);

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines().findFirst().orElseThrow())
                .isEqualTo(
                        "smart-triage replay: error: --nodes 9: must be at most 8 (each node is"
                                + " a JVM with its own database connections)");
    }
}
