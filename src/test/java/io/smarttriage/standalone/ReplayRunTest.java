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
 * The replay of generated requests through the pipeline on two node processes, on the embedded
 * database (served over TCP) and on PostgreSQL ({@code smarttriage.pg.url}, default
 * 127.0.0.1:5432/test; skipped with a message when no server answers, except when {@code CI=true}).
 */
class ReplayRunTest {
    private static final String PG_URL =
            System.getProperty("smarttriage.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getProperty("smarttriage.pg.user", "postgres");

    private static final List<Ticket> REQUESTS = new DemoDataGenerator(7).generate(240);

    @Test
    void givenGeneratedRequests_whenReplayedOnEmbeddedDatabase_thenLaterHalfIsMoreAccurate() {
        ReplayOutcome outcome;
        try (ReplayDatabase database = ReplayDatabase.open(ReplayDatabase.EMBEDDED, "sa")) {
            outcome = new ReplayRun(database, 2, 60).run(REQUESTS);
        }

        assertReplayed(outcome, REQUESTS.size(), 3);
    }

    @Test
    void givenGeneratedRequests_whenReplayedOnPostgres_thenLaterHalfIsMoreAccurate() {
        assumePostgres();

        ReplayOutcome outcome;
        try (ReplayDatabase database = ReplayDatabase.open(PG_URL, PG_USER)) {
            outcome = new ReplayRun(database, 2, 60).run(REQUESTS);
        }

        assertReplayed(outcome, REQUESTS.size(), 3);
    }

    private static void assertReplayed(ReplayOutcome outcome, int requests, int retrainings) {
        for (TargetField field : TargetField.values()) {
            assertThat(outcome.accuracy(field, 1))
                    .as("second-half accuracy of %s", field)
                    .isGreaterThan(outcome.accuracy(field, 0))
                    .isGreaterThan(outcome.baseline(field, 1));
        }
        assertThat(outcome.precisionAtThreshold(TargetField.CATEGORY, 1))
                .as("second-half category precision at the default threshold")
                .isGreaterThanOrEqualTo(outcome.accuracy(TargetField.CATEGORY, 1));
        assertThat(outcome.trainers()).hasSize(retrainings).containsOnly(1);
        assertThat(outcome.duplicates()).isZero();
        assertThat(outcome.missing()).isZero();
        assertThat(outcome.nodes())
                .extracting(NodeReport::pid)
                .doesNotHaveDuplicates()
                .doesNotContain(ProcessHandle.current().pid());
        assertThat(outcome.decidedPerNode().values()).hasSize(2).allMatch(n -> n > 0);
        assertThat(outcome.decidedPerNode().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(requests);
        assertThat(outcome.nodes().stream().mapToInt(NodeReport::corrections).sum())
                .isEqualTo(requests);
        assertThat(outcome.judged()).isPositive();
        assertThat(outcome.versionUsers())
                .hasSizeGreaterThan(retrainings)
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
