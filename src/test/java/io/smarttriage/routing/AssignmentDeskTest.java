package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.smarttriage.domain.Explanation;
import io.smarttriage.i18n.BundleText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentDeskTest {
    private static final Instant NOW = Fixtures.MONDAY_NOON;
    private final ExpertiseModel model =
            Fixtures.trained(NOW, 6, "alice", "Printing", "bob", "Printing");
    private final Workload workload = new Workload(WorkloadWeights.flat());
    private final AvailabilityBook availability = AvailabilityBook.alwaysAvailable();
    private final AgentPool pool = AgentPool.uniform(List.of("alice", "bob"), 3);

    @Test
    void givenEveryonePaused_whenOneComesBack_thenWaitingRequestAssignedToThem() {
        AssignmentDesk desk = desk(DeskSettings.defaults().withThreshold(0));
        availability.setPaused("alice", true);
        availability.setPaused("bob", true);
        desk.submit(Fixtures.request("H-1", "Printing"), NOW);
        availability.setPaused("bob", false);

        List<Decision> again = desk.reconsiderWaiting(NOW.plusSeconds(60));

        assertThat(again).extracting(Decision::agent).containsExactly("bob");
        assertThat(desk.waiting()).isEmpty();
        assertThat(workload.countOf("bob")).isEqualTo(1);
    }

    @Test
    void givenAbsenceWithCover_whenHandOverOn_thenOpenRequestsMoveToCover() {
        AssignmentDesk desk = desk(DeskSettings.defaults().withHandOver(true));
        desk.assignedByHand(new OpenRequest("H-1", "alice", null, NOW));
        availability.put(
                "alice",
                new AgentAvailability(
                        WeeklySchedule.always(),
                        List.of(new Absence(NOW, NOW.plus(Duration.ofDays(7)), "bob")),
                        false));

        List<Handover> handovers = desk.handOverFrom("alice", NOW.plusSeconds(60));

        assertThat(handovers).extracting(Handover::to).containsExactly("bob");
        assertThat(handovers.get(0).reason())
                .isEqualTo(Explanation.of("smarttriage.why.handover.done"));
        assertThat(workload.countOf("bob")).isEqualTo(1);
        assertThat(workload.countOf("alice")).isZero();
    }

    @Test
    void givenCoverPaused_whenHandOverOn_thenRequestStaysAndTheReasonNamesCoverAndWhy() {
        AssignmentDesk desk = desk(DeskSettings.defaults().withHandOver(true));
        desk.assignedByHand(new OpenRequest("H-1", "alice", null, NOW));
        availability.put(
                "alice",
                new AgentAvailability(
                        WeeklySchedule.always(),
                        List.of(new Absence(NOW, NOW.plus(Duration.ofDays(7)), "bob")),
                        false));
        availability.put("bob", new AgentAvailability(WeeklySchedule.always(), List.of(), true));

        List<Handover> handovers = desk.handOverFrom("alice", NOW.plusSeconds(60));

        assertThat(handovers).extracting(Handover::to).containsOnlyNulls().hasSize(1);
        assertThat(handovers.get(0).reason())
                .isEqualTo(
                        Explanation.of(
                                Explanation.Phrase.of(
                                                "smarttriage.why.handover.cover-absent", "bob")
                                        .with(List.of(Exclusion.PAUSED.phrase()))));
        assertThat(BundleText.english(handovers.get(0).reason()))
                .isEqualTo("covering agent 'bob' is not available: assignment paused");
    }

    @Test
    void givenHandOverOff_whenAgentAway_thenRequestsStay() {
        AssignmentDesk desk = desk(DeskSettings.defaults());
        desk.assignedByHand(new OpenRequest("H-1", "alice", null, NOW));

        List<Handover> handovers = desk.handOverFrom("alice", NOW);

        assertThat(handovers).isEmpty();
        assertThat(workload.countOf("alice")).isEqualTo(1);
    }

    @Test
    void givenSixRequestsForTwoEqualAgents_whenRouted_thenFairnessSharesMatchCapacity() {
        AssignmentDesk desk = desk(DeskSettings.defaults().withThreshold(0));
        for (int i = 0; i < 6; i++) {
            desk.submit(Fixtures.request("H-" + i, "Printing"), NOW.plusSeconds(i));
        }

        List<AgentShare> shares = desk.fairness();

        assertThat(shares).extracting(AgentShare::assigned).containsExactly(3, 3);
        assertThat(shares).allSatisfy(s -> assertThat(s.ratio()).isEqualTo(1.0));
    }

    @Test
    void givenFullDesk_whenRequestResolved_thenWaitingRequestTakesFreedPlace() {
        AgentPool single = AgentPool.uniform(List.of("alice"), 1);
        AssignmentDesk desk =
                new AssignmentDesk(
                        single,
                        model,
                        workload,
                        availability,
                        DeskSettings.defaults().withThreshold(0));
        desk.submit(Fixtures.request("H-1", "Printing"), NOW);
        desk.submit(Fixtures.request("H-2", "Printing"), NOW);

        List<Decision> again =
                desk.resolved(
                        "H-1", "alice", Fixtures.request("H-1", "Printing"), NOW.plusSeconds(600));

        assertThat(again)
                .extracting(Decision::requestKey, Decision::outcome)
                .containsExactly(tuple("H-2", Outcome.ASSIGNED));
    }

    private AssignmentDesk desk(DeskSettings settings) {
        return new AssignmentDesk(pool, model, workload, availability, settings);
    }
}
