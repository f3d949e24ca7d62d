package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.i18n.BundleText;
import io.smarttriage.routing.ExpertiseCodec;
import io.smarttriage.routing.OpenRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingTriagerTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final List<String> POOL = List.of("alice", "bob", "carol");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final MemoryModelArchive archive = new MemoryModelArchive();
    private final MemoryConfigStore configs = new MemoryConfigStore();
    private final Set<String> inactive = new HashSet<>();
    private final List<OpenRequest> open = new ArrayList<>();
    private final MemoryAvailabilityStore availability = new MemoryAvailabilityStore();
    private final List<OpenRequest> counted = new ArrayList<>();
    private final MemoryAuditLog audit = new MemoryAuditLog();

    @Test
    void givenProfileStoredWithModel_predict_routesToTheAgentWhoResolvedSuchRequests() {
        storeProfile();
        configure(AssignmentStrategy.PREDICTED, POOL);

        FieldPrediction assignee = assignee(triager().predict(request("vpn tunnel fails")));

        assertThat(assignee.value()).isEqualTo("alice");
        assertThat(assignee.modelVersion()).isEqualTo("HELP-1");
        assertThat(assignee.confidence()).isBetween(0.34, 1.0);
        assertThat(BundleText.english(assignee.explanation()))
                .contains("best match of expertise against load")
                .contains("load 0.0 of capacity 30.0");
    }

    @Test
    void givenExpertAway_predict_routesElsewhereAndCountsTheExclusion() {
        storeProfile();
        configure(AssignmentStrategy.PREDICTED, POOL);
        availability.save(
                "HELP",
                "{\"agents\": {\"alice\": {\"absences\": [{\"from\": \"2026-03-01T00:00:00Z\","
                        + " \"until\": \"2026-03-06T00:00:00Z\"}]}}}");

        FieldPrediction assignee = assignee(triager().predict(request("vpn tunnel fails")));

        assertThat(assignee.value()).isIn("bob", "carol");
        assertThat(BundleText.english(assignee.explanation()))
                .contains("next candidates excluded: 1 out of office");
    }

    @Test
    void givenExpertInactive_predict_neverChoosesThem() {
        storeProfile();
        configure(AssignmentStrategy.PREDICTED, POOL);
        inactive.add("alice");

        FieldPrediction assignee = assignee(triager().predict(request("vpn tunnel fails")));

        assertThat(assignee.value()).isIn("bob", "carol");
        assertThat(BundleText.english(assignee.explanation())).contains("1 inactive user");
    }

    @Test
    void givenEveryAgentPaused_predict_abstainsWithTheReason() {
        configure(AssignmentStrategy.ROUND_ROBIN, POOL);
        availability.save(
                "HELP",
                "{\"agents\": {\"alice\": {\"paused\": true}, \"bob\": {\"paused\": true},"
                        + " \"carol\": {\"paused\": true}}}");

        FieldPrediction assignee = assignee(triager().predict(request("printer jam")));

        assertThat(assignee.abstained()).isTrue();
        assertThat(assignee.explanation().keys())
                .containsExactly(
                        "smarttriage.why.routing.unassigned",
                        "smarttriage.why.routing.nobody",
                        "smarttriage.why.routing.count",
                        "smarttriage.why.exclusion.paused");
        assertThat(BundleText.english(assignee.explanation()))
                .isEqualTo("unassigned: nobody can take it: 3 assignment paused");
        assertThat(BundleText.german(assignee.explanation()))
                .isEqualTo(
                        "nicht zugewiesen: niemand kann sie \u00fcbernehmen: 3 Zuweisung pausiert");
    }

    @Test
    void givenNoAgentPool_predict_abstainsNamingTheMissingPool() {
        configure(AssignmentStrategy.PREDICTED, List.of());

        FieldPrediction assignee = assignee(triager().predict(request("printer jam")));

        assertThat(assignee.abstained()).isTrue();
        assertThat(BundleText.english(assignee.explanation())).contains("no agent pool configured");
    }

    @Test
    void givenBalancedAndOneAgentBusy_predict_choosesLessLoadedWithFullConfidence() {
        configure(AssignmentStrategy.BALANCED, List.of("alice", "bob"));
        for (int i = 0; i < 5; i++) {
            open.add(new OpenRequest("OTHER-" + i, "alice", "Medium", NOW));
        }

        FieldPrediction assignee = assignee(triager().predict(request("printer jam")));

        assertThat(assignee.value()).isEqualTo("bob");
        assertThat(assignee.confidence()).isEqualTo(1.0);
        assertThat(assignee.modelVersion()).isEqualTo(AbstainingTriager.VERSION);
    }

    @Test
    void givenRoundRobinInShadowMode_predictTwiceRecordingEach_takesAgentsInTurn() {
        configure(AssignmentStrategy.ROUND_ROBIN, List.of("alice", "bob"));
        RoutingTriager triager = triager();

        String first = assignee(triager.predict(request("printer jam"))).value();
        recordShadow(first);
        String second = assignee(triager.predict(request("printer jam again"))).value();

        assertThat(List.of(first, second)).containsExactly("alice", "bob");
    }

    @Test
    void givenRoundRobinInShadowMode_predictTwiceRecordingNothing_staysWithTheFirstAgent() {
        configure(AssignmentStrategy.ROUND_ROBIN, List.of("alice", "bob"));
        RoutingTriager triager = triager();

        String first = assignee(triager.predict(request("printer jam"))).value();
        String second = assignee(triager.predict(request("printer jam again"))).value();

        assertThat(List.of(first, second)).containsExactly("alice", "alice");
    }

    @Test
    void givenAssigneeFieldOff_predict_routesNothing() {
        configs.save(
                config(AssignmentStrategy.PREDICTED, POOL)
                        .withField(
                                TargetField.ASSIGNEE,
                                FieldSettings.DEFAULT.withMode(FieldMode.OFF)));

        List<FieldPrediction> predictions = triager().predict(request("vpn tunnel fails"));

        assertThat(predictions).noneMatch(p -> p.field() == TargetField.ASSIGNEE);
    }

    @Test
    void givenAgentChosen_predict_countsNothingAsOpenWorkBeforeItIsAssigned() {
        storeProfile();
        configs.save(
                config(AssignmentStrategy.PREDICTED, POOL)
                        .withField(
                                TargetField.ASSIGNEE,
                                FieldSettings.DEFAULT.withMode(FieldMode.SHADOW)));
        RoutingTriager triager = triager();

        FieldPrediction first = assignee(triager.predict(request("vpn tunnel fails")));
        FieldPrediction second = assignee(triager.predict(request("vpn tunnel fails again")));

        assertThat(first.value()).isEqualTo("alice");
        assertThat(second.value()).isEqualTo("alice");
        assertThat(counted).isEmpty();
    }

    private RoutingTriager triager() {
        AgentDirectory directory =
                keys ->
                        keys.stream()
                                .map(k -> new AgentStatus(k, !inactive.contains(k), true))
                                .toList();
        WorkloadSource workload =
                new WorkloadSource() {
                    @Override
                    public List<OpenRequest> openWork(ProjectConfig config, List<String> agents) {
                        return List.copyOf(open);
                    }

                    @Override
                    public void routed(ProjectConfig config, OpenRequest request) {
                        counted.add(request);
                    }
                };
        AssigneeRouter.Sources sources =
                new AssigneeRouter.Sources(directory, workload, availability, audit);
        return new RoutingTriager(
                ArchivedModelTriager.rechecking(archive, clock, Duration.ZERO),
                configs,
                sources,
                clock);
    }

    private void recordShadow(String agent) {
        audit.append(
                new AuditRecord(
                        null,
                        1L,
                        "HELP",
                        NOW,
                        TargetField.ASSIGNEE,
                        agent,
                        1.0,
                        "",
                        FieldMode.SHADOW,
                        new Verdict(Action.RECORD_ONLY, Reason.MODE),
                        false,
                        Correction.NONE,
                        Explanation.NONE));
    }

    private void configure(AssignmentStrategy strategy, List<String> pool) {
        configs.save(config(strategy, pool));
    }

    private static ProjectConfig config(AssignmentStrategy strategy, List<String> pool) {
        return new ProjectConfig("HELP", true, Map.of(), "bot", pool, strategy, false);
    }

    private void storeProfile() {
        List<Ticket> history = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            history.add(resolved("HELP-" + i, "alice", "vpn tunnel down at site " + i, i));
            history.add(resolved("HELP-5" + i, "bob", "printer toner empty floor " + i, i));
        }
        byte[] profile = ExpertiseCodec.write(ExpertiseProfiles.learn(history));
        archive.save(new StoredModel(0L, "HELP", NOW, "{}", ModelBundle.write(Map.of(), profile)));
    }

    private static Ticket resolved(String key, String agent, String summary, int daysAgo) {
        Instant created = NOW.minus(Duration.ofDays(daysAgo + 1L));
        return Ticket.builder(key, created)
                .project("HELP")
                .summary(summary)
                .assignee(agent)
                .resolved(created.plus(Duration.ofHours(4)))
                .build();
    }

    private static Ticket request(String summary) {
        return Ticket.builder("HELP-" + summary.hashCode(), NOW)
                .project("HELP")
                .summary(summary)
                .build();
    }

    private static FieldPrediction assignee(List<FieldPrediction> predictions) {
        return predictions.stream()
                .filter(p -> p.field() == TargetField.ASSIGNEE)
                .findFirst()
                .orElseThrow();
    }
}
