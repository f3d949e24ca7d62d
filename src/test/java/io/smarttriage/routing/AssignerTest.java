package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import io.smarttriage.i18n.BundleText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignerTest {
    private static final Instant NOW = Fixtures.MONDAY_NOON;
    private static final RequestFeatures PRINTER = Fixtures.request("H-9", "Printing", "printing");
    private final ExpertiseModel model =
            Fixtures.trained(NOW, 6, "alice", "Network", "bob", "Printing", "carol", "Printing");
    private final Workload workload = new Workload(WorkloadWeights.flat());
    private final AvailabilityBook availability = AvailabilityBook.alwaysAvailable();

    @Test
    void givenSpecialistFree_whenBestMatch_thenSpecialistChosenWithReasons() {
        Assigner assigner = assigner(pool(5), DeskSettings.defaults().withThreshold(0));

        Decision decision = assigner.decide(PRINTER, NOW);

        assertThat(decision.outcome()).isEqualTo(Outcome.ASSIGNED);
        assertThat(decision.agent()).isIn("bob", "carol");
        assertThat(decision.reasons().keys())
                .startsWith(
                        "smarttriage.why.routing.best-match",
                        "smarttriage.why.routing.expertise.parts",
                        "smarttriage.why.routing.evidence")
                .endsWith("smarttriage.why.routing.load");
        assertThat(BundleText.english(decision.reasons()))
                .startsWith("best match of expertise against load; expertise ")
                .contains(" recent requests in the project; components +");
        assertThat(decision.alternatives())
                .extracting(Candidate::verdict)
                .containsOnly(Verdict.LOST);
    }

    @Test
    void givenEqualSpecialistsNoFairness_whenDecidedTwice_thenSameDeterministicChoice() {
        Assigner assigner =
                assigner(pool(5), DeskSettings.defaults().withThreshold(0).withFairness(0));

        Decision first = assigner.decide(PRINTER, NOW);

        assertThat(assigner.decide(PRINTER, NOW).agent()).isEqualTo(first.agent()).isEqualTo("bob");
    }

    @Test
    void givenSpecialistAway_whenBestMatch_thenOtherChosenAndAbsenceExplained() {
        availability.put(
                "bob",
                new AgentAvailability(
                        WeeklySchedule.always(),
                        List.of(
                                new Absence(
                                        NOW.minusSeconds(60), NOW.plusSeconds(86_400), "carol")),
                        false));
        Assigner assigner = assigner(pool(5), DeskSettings.defaults().withThreshold(0));

        Decision decision = assigner.decide(PRINTER, NOW);

        assertThat(decision.agent()).isEqualTo("carol");
        assertThat(decision.alternatives())
                .anySatisfy(
                        c -> {
                            assertThat(c.agent()).isEqualTo("bob");
                            assertThat(c.exclusion()).isEqualTo(Exclusion.AWAY);
                            assertThat(c.reason().phrases())
                                    .containsExactly(
                                            Exclusion.AWAY.phrase(),
                                            Phrase.of(
                                                    "smarttriage.why.routing.absence.covered",
                                                    NOW.plusSeconds(86_400).toString(),
                                                    "carol"));
                            assertThat(BundleText.english(c.reason()))
                                    .isEqualTo(
                                            "out of office; until "
                                                    + NOW.plusSeconds(86_400)
                                                    + ", covered by carol");
                        });
    }

    @Test
    void givenEveryoneAtCapacity_whenDecided_thenUnassignedWithReason() {
        for (String agent : List.of("alice", "bob", "carol")) {
            workload.open(new OpenRequest("OPEN-" + agent, agent, null, NOW));
        }
        Assigner assigner = assigner(pool(1), DeskSettings.defaults());

        Decision decision = assigner.decide(PRINTER, NOW);

        assertThat(decision.outcome()).isEqualTo(Outcome.UNASSIGNED);
        assertThat(decision.agent()).isNull();
        assertThat(decision.reasons())
                .isEqualTo(
                        Explanation.of(
                                Phrase.of("smarttriage.why.routing.nobody")
                                        .with(List.of(Exclusion.AT_CAPACITY.counted(3)))));
        assertThat(BundleText.english(decision.reasons()))
                .isEqualTo("nobody can take it: 3 at capacity");
    }

    @Test
    void givenInactiveSpecialist_whenDecided_thenNeverChosen() {
        AgentPool pool =
                AgentPool.of(
                        List.of(
                                Agent.of("alice", 5),
                                new Agent("bob", false, true, 5),
                                new Agent("carol", true, false, 5)));
        Assigner assigner = assigner(pool, DeskSettings.defaults().withThreshold(0));

        Decision decision = assigner.decide(PRINTER, NOW);

        assertThat(decision.agent()).isEqualTo("alice");
        assertThat(decision.alternatives())
                .extracting(Candidate::exclusion)
                .containsExactlyInAnyOrder(Exclusion.INACTIVE, Exclusion.NO_LICENCE);
    }

    @Test
    void givenLoadedSpecialist_whenLeastLoaded_thenLessLoadedQualifiedChosen() {
        workload.open(new OpenRequest("OPEN-1", "bob", null, NOW));
        workload.open(new OpenRequest("OPEN-2", "carol", null, NOW));
        workload.open(new OpenRequest("OPEN-3", "carol", null, NOW));
        Assigner assigner = assigner(pool(5), DeskSettings.defaults().with(Strategy.LEAST_LOADED));

        Decision decision = assigner.decide(PRINTER, NOW);

        assertThat(decision.agent()).isEqualTo("alice");
    }

    @Test
    void givenRoundRobin_whenThreeDecisions_thenEachAgentInKeyOrder() {
        Assigner assigner = assigner(pool(5), DeskSettings.defaults().with(Strategy.ROUND_ROBIN));

        List<String> chosen =
                List.of(
                        assigner.decide(PRINTER, NOW).agent(),
                        assigner.decide(PRINTER, NOW).agent(),
                        assigner.decide(PRINTER, NOW).agent());

        assertThat(chosen).containsExactly("alice", "bob", "carol");
    }

    @Test
    void givenPoolOutOfKeyOrder_whenRoundRobinThreeTimes_thenRotationFollowsThePoolOrder() {
        Assigner assigner =
                assigner(
                        AgentPool.uniform(List.of("carol", "alice", "bob"), 5),
                        DeskSettings.defaults().with(Strategy.ROUND_ROBIN));

        List<String> chosen =
                List.of(
                        assigner.decide(PRINTER, NOW).agent(),
                        assigner.decide(PRINTER, NOW).agent(),
                        assigner.decide(PRINTER, NOW).agent());

        assertThat(chosen).containsExactly("carol", "alice", "bob");
    }

    @Test
    void givenHistoryPassedIn_whenRoundRobin_thenNextAfterTheLastGivenAndOwnRotationUntouched() {
        Assigner assigner = assigner(pool(5), DeskSettings.defaults().with(Strategy.ROUND_ROBIN));

        Decision fromHistory = assigner.decide(PRINTER, NOW, List.of("alice", "carol", "bob"));
        Decision ownFirst = assigner.decide(PRINTER, NOW);

        assertThat(fromHistory.agent()).isEqualTo("bob");
        assertThat(ownFirst.agent()).isEqualTo("alice");
    }

    @Test
    void givenLastGivenLeftThePool_whenRoundRobinWithHistory_thenAfterTheLatestMemberGiven() {
        Assigner assigner = assigner(pool(5), DeskSettings.defaults().with(Strategy.ROUND_ROBIN));

        Decision decision = assigner.decide(PRINTER, NOW, List.of("dave", "bob", "alice"));

        assertThat(decision.agent()).isEqualTo("carol");
    }

    @Test
    void givenNextAgentPaused_whenRoundRobinWithHistory_thenPausedAgentSkipped() {
        availability.put("bob", new AgentAvailability(WeeklySchedule.always(), List.of(), true));
        Assigner assigner = assigner(pool(5), DeskSettings.defaults().with(Strategy.ROUND_ROBIN));

        Decision afterAlice = assigner.decide(PRINTER, NOW, List.of("alice"));
        Decision afterCarol = assigner.decide(PRINTER, NOW, List.of("carol", "alice"));

        assertThat(afterAlice.agent()).isEqualTo("carol");
        assertThat(afterCarol.agent()).isEqualTo("alice");
    }

    @Test
    void givenHighThreshold_whenBestMatch_thenSuggestedNotAssigned() {
        Assigner assigner = assigner(pool(5), DeskSettings.defaults().withThreshold(0.99));

        Decision decision = assigner.decide(PRINTER, NOW);

        assertThat(decision.outcome()).isEqualTo(Outcome.SUGGESTED);
        assertThat(decision.assignee()).isEmpty();
        assertThat(decision.reasons().phrases())
                .last()
                .satisfies(p -> assertThat(p.key()).isEqualTo("smarttriage.why.routing.suggested"));
        assertThat(BundleText.english(decision.reasons()))
                .endsWith("is below the threshold 0.99: suggested, not assigned");
    }

    private AgentPool pool(double capacity) {
        return AgentPool.uniform(List.of("alice", "bob", "carol"), capacity);
    }

    private Assigner assigner(AgentPool pool, DeskSettings settings) {
        return new Assigner(pool, model, workload, availability, settings);
    }
}
