package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.demo.DemoDataGenerator;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The replay of generated requests through the pipeline on two simulated nodes, on the embedded
 * database and on PostgreSQL ({@code smarttriage.pg.url}, default 127.0.0.1:5432/test; skipped with
 * a message when no server answers, except when {@code CI=true}).
 */
class ReplayRunTest {
    private static final String PG_URL =
            System.getProperty("smarttriage.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getProperty("smarttriage.pg.user", "postgres");

    private static final List<Ticket> REQUESTS = new DemoDataGenerator(7).generate(600);

    @Test
    void givenGeneratedRequests_whenReplayedOnEmbeddedDatabase_thenLaterHalfIsMoreAccurate() {
        ReplayDatabase database = ReplayDatabase.open(ReplayDatabase.EMBEDDED, "sa");

        ReplayOutcome outcome = new ReplayRun(database, 2, 100).run(REQUESTS);

        assertReplayed(outcome, REQUESTS.size(), 6);
    }

    @Test
    void givenGeneratedRequests_whenReplayedOnPostgres_thenLaterHalfIsMoreAccurate() {
        assumePostgres();

        ReplayOutcome outcome;
        try (ReplayDatabase database = ReplayDatabase.open(PG_URL, PG_USER)) {
            outcome = new ReplayRun(database, 2, 60).run(REQUESTS.subList(0, 240));
        }

        assertReplayed(outcome, 240, 4);
    }

    private static void assertReplayed(ReplayOutcome outcome, int requests, int rounds) {
        for (TargetField field : List.of(TargetField.CATEGORY, TargetField.PRIORITY)) {
            assertThat(outcome.accuracy(field, 1))
                    .as("second-half accuracy of %s", field)
                    .isGreaterThan(outcome.accuracy(field, 0));
        }
        assertThat(outcome.trainers()).hasSize(rounds).containsOnly(1);
        assertThat(outcome.duplicates()).isZero();
        assertThat(outcome.missing()).isZero();
        assertThat(outcome.decidedPerNode().values()).allMatch(n -> n > 0);
        assertThat(outcome.decidedPerNode().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(requests);
        assertThat(outcome.versionUsers())
                .isNotEmpty()
                .allSatisfy(
                        (version, nodes) ->
                                assertThat(nodes).isEqualTo(Set.of("node-1", "node-2")));
    }

    private static void assumePostgres() {
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            Assumptions.assumeTrue(
                    ReplayDatabase.reachable(PG_URL, PG_USER),
                    () ->
                            "no PostgreSQL server answers at "
                                    + PG_URL
                                    + "; PostgreSQL replay skipped"
                                    + " (it fails instead when CI=true)");
        }
    }
}
