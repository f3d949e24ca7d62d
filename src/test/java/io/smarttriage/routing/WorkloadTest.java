package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadTest {
    private static final Instant NOW = Fixtures.MONDAY_NOON;
    private static final WorkloadWeights WEIGHTS =
            new WorkloadWeights(Map.of("Blocker", 3.0), 1.0, 0.1, 2.0);

    @Test
    void givenRequestsOfSeveralPrioritiesAndAges_whenLoadRead_thenWeightedByBoth() {
        Workload workload = new Workload(WEIGHTS);
        workload.open(new OpenRequest("H-1", "alice", "Blocker", NOW));
        workload.open(new OpenRequest("H-2", "alice", "Minor", NOW.minus(Duration.ofDays(5))));
        workload.open(new OpenRequest("H-3", "alice", "Minor", NOW.minus(Duration.ofDays(50))));

        double load = workload.load("alice", NOW);

        assertThat(load).isCloseTo(3.0 + 1.5 + 2.0, within(1e-9));
    }

    @Test
    void givenRequestReassigned_whenOpenedOnAnotherAgent_thenCountsOnlyThere() {
        Workload workload = new Workload(WorkloadWeights.flat());
        workload.open(new OpenRequest("H-1", "alice", null, NOW));

        workload.open(new OpenRequest("H-1", "bob", null, NOW));

        assertThat(workload.countOf("alice")).isZero();
        assertThat(workload.countOf("bob")).isEqualTo(1);
    }

    @Test
    void givenOpenRequest_whenClosed_thenLoadDropsToZero() {
        Workload workload = new Workload(WorkloadWeights.flat());
        workload.open(new OpenRequest("H-1", "alice", null, NOW));

        workload.close("H-1");

        assertThat(workload.load("alice", NOW)).isZero();
    }
}
