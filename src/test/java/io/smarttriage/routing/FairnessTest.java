package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.smarttriage.i18n.BundleText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Best match with and without the fairness term, on a desk where one expert fits everything. */
class FairnessTest {
    private static final Instant NOW = Fixtures.MONDAY_NOON;
    private static final int DECISIONS = 600;
    private final ExpertiseModel model = expertAndGeneralists();
    private final AgentPool pool =
            AgentPool.of(
                    List.of(
                            Agent.of("expert", 10),
                            Agent.of("anna", 10),
                            Agent.of("ben", 10),
                            Agent.of("cara", 10),
                            Agent.of("dan", 10),
                            Agent.of("eve", 20)));

    @Test
    void givenOneExpertForEverything_whenFairnessOn_thenSharesFollowCapacity() {
        Assigner assigner = assigner(DeskSettings.defaults());

        Map<String, Double> ratios = ratios(assigner);

        assertThat(ratios.values()).allSatisfy(r -> assertThat(r).isLessThan(1.5));
        assertThat(ratios.get("expert")).isGreaterThan(1.0);
        assertThat(ratios.get("eve")).isBetween(0.8, 1.2);
    }

    @Test
    void givenExpertTookTheLastRequests_whenFairnessOn_thenReasonNamesFairness() {
        Assigner assigner = assigner(DeskSettings.defaults());
        List<Decision> decisions = new ArrayList<>();

        for (int i = 0; i < 3; i++) {
            decisions.add(assigner.decide(Fixtures.request("P-" + i, "Printing", "error"), NOW));
        }

        assertThat(decisions.get(0).agent()).isEqualTo("expert");
        assertThat(decisions.get(0).reasons().keys())
                .doesNotContain("smarttriage.why.routing.fairness");
        assertThat(decisions)
                .filteredOn(d -> !d.agent().equals("expert"))
                .first()
                .satisfies(
                        d ->
                                assertThat(BundleText.english(d.reasons()))
                                        .contains("; fairness: expert matched better"));
    }

    @Test
    void givenSameRequests_whenTwoDesksDecide_thenSameSequence() {
        Assigner first = assigner(DeskSettings.defaults());
        Assigner second = assigner(DeskSettings.defaults());

        List<String> one = sequence(first);

        assertThat(sequence(second)).isEqualTo(one);
    }

    @Test
    void givenHistoryPassedIn_whenDecidedFromTheGrowingList_thenSameSequenceAsOwnHistory() {
        Assigner keeping = assigner(DeskSettings.defaults());
        Assigner reading = assigner(DeskSettings.defaults());
        List<String> given = new ArrayList<>();
        List<String> fromHistory = new ArrayList<>();

        List<String> own = sequence(keeping);
        for (int i = 0; i < 50; i++) {
            Decision d = reading.decide(Fixtures.request("S-" + i, "Printing", "x"), NOW, given);
            fromHistory.add(d.agent());
            given.add(0, d.agent());
        }

        assertThat(fromHistory).isEqualTo(own);
        assertThat(own).contains("expert").anyMatch(agent -> !agent.equals("expert"));
    }

    @Test
    void givenExpertTookTheLatestRequestsElsewhere_whenDecidedWithThatHistory_thenOtherChosen() {
        Assigner assigner = assigner(DeskSettings.defaults());
        RequestFeatures request = Fixtures.request("P-1", "Printing", "printing", "error");

        Decision fresh = assigner.decide(request, NOW, List.of());
        Decision afterExpert = assigner.decide(request, NOW, List.of("expert", "expert", "expert"));

        assertThat(fresh.agent()).isEqualTo("expert");
        assertThat(afterExpert.agent()).isNotEqualTo("expert");
    }

    @Test
    void givenNewestFirstList_whenSharesSeeded_thenSameAsRecordingOldestFirst() {
        RecentShares recorded = new RecentShares(Assigner.FAIRNESS_HALF_LIFE);
        List.of("ben", "expert", "expert").forEach(recorded::record);

        RecentShares seeded =
                RecentShares.of(Assigner.FAIRNESS_HALF_LIFE, List.of("expert", "expert", "ben"));

        assertThat(seeded.shares()).isEqualTo(recorded.shares());
        assertThat(seeded.total()).isEqualTo(recorded.total());
    }

    @Test
    void givenNegativeWeight_whenSettingsMade_thenErrorNamesFairnessWeight() {
        DeskSettings settings = DeskSettings.defaults();

        Throwable thrown = catchThrowable(() -> settings.withFairness(-1));

        assertThat(thrown).hasMessageContaining("fairnessWeight >= 0 (was -1.0)");
    }

    private List<String> sequence(Assigner assigner) {
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            agents.add(assigner.decide(Fixtures.request("S-" + i, "Printing", "x"), NOW).agent());
        }
        return agents;
    }

    @Test
    void givenOneExpertForEverything_whenFairnessOff_thenExpertTakesAll() {
        Assigner assigner = assigner(DeskSettings.defaults().withFairness(0));

        Map<String, Double> ratios = ratios(assigner);

        assertThat(ratios.get("expert")).isEqualTo(1 / share("expert"));
    }

    private Map<String, Double> ratios(Assigner assigner) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < DECISIONS; i++) {
            RequestFeatures request = Fixtures.request("P-" + i, "Printing", "printing", "error");
            counts.merge(assigner.decide(request, NOW).agent(), 1, Integer::sum);
        }
        Map<String, Double> ratios = new TreeMap<>();
        for (Agent agent : pool.all()) {
            double taken = counts.getOrDefault(agent.userKey(), 0) / (double) DECISIONS;
            ratios.put(agent.userKey(), taken / share(agent.userKey()));
        }
        return ratios;
    }

    /** Everyone resolved printing requests; the expert resolved twice as many as the others. */
    private static ExpertiseModel expertAndGeneralists() {
        ExpertiseModel model =
                Fixtures.trained(
                        NOW,
                        6,
                        "expert",
                        "Printing",
                        "anna",
                        "Printing",
                        "ben",
                        "Printing",
                        "cara",
                        "Printing",
                        "dan",
                        "Printing",
                        "eve",
                        "Printing");
        for (int i = 0; i < 6; i++) {
            RequestFeatures more = Fixtures.request("X-" + i, "Printing", "printing", "error");
            model.learn("expert", more, NOW.minusSeconds(600L * (i + 1)));
        }
        return model;
    }

    private double share(String agent) {
        return pool.get(agent).orElseThrow().capacity() / 70.0;
    }

    private Assigner assigner(DeskSettings settings) {
        return new Assigner(
                pool,
                model,
                new Workload(WorkloadWeights.flat()),
                AvailabilityBook.alwaysAvailable(),
                settings.withThreshold(0));
    }
}
