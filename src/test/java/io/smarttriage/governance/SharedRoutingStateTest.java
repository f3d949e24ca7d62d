package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.routing.ExpertiseCodec;
import io.smarttriage.routing.OpenRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two routers ("nodes") over one audit log route as one: rotation and fairness are shared. */
class SharedRoutingStateTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final List<String> POOL = List.of("carol", "alice", "bob");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final MemoryModelArchive archive = new MemoryModelArchive();
    private final MemoryConfigStore configs = new MemoryConfigStore();
    private final MemoryAvailabilityStore availability = new MemoryAvailabilityStore();
    private final MemoryAuditLog shared = new MemoryAuditLog();
    private final RecordingWriter writer = new RecordingWriter();
    private long issues;

    @Test
    void givenTwoNodesOverOneLog_triageInTurn_roundRobinWalksTheConfiguredPoolWithoutRepeats() {
        configure(AssignmentStrategy.ROUND_ROBIN, FieldMode.AUTO);
        List<TriageService> nodes = List.of(node(shared), node(shared));

        List<String> assignees = alternate(nodes, 6, "printer jam");

        assertThat(assignees).containsExactly("carol", "alice", "bob", "carol", "alice", "bob");
    }

    @Test
    void givenAgentPaused_triageOnTwoNodes_rotationSkipsThemAndContinuesAfterTheLastGiven() {
        configure(AssignmentStrategy.ROUND_ROBIN, FieldMode.AUTO);
        availability.save("HELP", "{\"agents\": {\"alice\": {\"paused\": true}}}");
        List<TriageService> nodes = List.of(node(shared), node(shared));

        List<String> assignees = alternate(nodes, 4, "printer jam");

        assertThat(assignees).containsExactly("carol", "bob", "carol", "bob");
    }

    @Test
    void givenJiraRefusesToAssignOneAgent_triageOnTwoNodes_rotationMovesOnPastThem() {
        configure(AssignmentStrategy.ROUND_ROBIN, FieldMode.AUTO);
        writer.refusedValues.add("alice");
        List<TriageService> nodes = List.of(node(shared), node(shared));

        List<String> assignees = alternate(nodes, 6, "printer jam");

        assertThat(assignees).containsExactly("carol", "alice", "bob", "carol", "alice", "bob");
        assertThat(writer.applied).extracting(d -> d.prediction().value()).doesNotContain("alice");
    }

    @Test
    void givenSuggestMode_triageOnTwoNodes_suggestionsMoveTheRotation() {
        configure(AssignmentStrategy.ROUND_ROBIN, FieldMode.SUGGEST);
        List<TriageService> nodes = List.of(node(shared), node(shared));

        List<String> suggested = alternate(nodes, 4, "printer jam");

        assertThat(suggested).containsExactly("carol", "alice", "bob", "carol");
        assertThat(shared.all())
                .filteredOn(r -> r.field() == TargetField.ASSIGNEE)
                .allMatch(r -> r.action() == Action.SUGGEST);
    }

    @Test
    void givenShadowDecisionsInTheLog_triageLive_rotationStartsAtTheHeadOfThePool() {
        configure(AssignmentStrategy.ROUND_ROBIN, FieldMode.SHADOW);
        alternate(List.of(node(shared)), 1, "printer jam");
        configure(AssignmentStrategy.ROUND_ROBIN, FieldMode.AUTO);

        List<String> assignees = alternate(List.of(node(shared)), 2, "printer jam");

        assertThat(assignees).containsExactly("carol", "alice");
    }

    @Test
    void givenBestMatchOnTwoNodesOverOneLog_triageInTurn_decidesAsOneNodeWithFairness() {
        storeProfile();
        configure(AssignmentStrategy.PREDICTED, FieldMode.AUTO);
        List<TriageService> cluster = List.of(node(shared), node(shared));
        List<TriageService> single = List.of(node(new MemoryAuditLog()));

        List<String> onTwo = alternate(cluster, 40, "vpn tunnel fails");
        List<String> onOne = alternate(single, 40, "vpn tunnel fails");

        assertThat(onTwo).isEqualTo(onOne);
        assertThat(onTwo.get(0)).isEqualTo("alice");
        assertThat(onTwo).contains("bob");
    }

    private List<String> alternate(List<TriageService> nodes, int requests, String summary) {
        List<String> assignees = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            issues++;
            String key = "HELP-" + issues;
            Ticket ticket =
                    Ticket.builder(key, NOW).project("HELP").summary(summary + " " + i).build();
            List<AuditRecord> records =
                    nodes.get(i % nodes.size())
                            .triage(new IssueRef(issues, key, "HELP"), ticket, Map.of());
            records.stream()
                    .filter(r -> r.field() == TargetField.ASSIGNEE)
                    .forEach(r -> assignees.add(r.predictedValue()));
        }
        return assignees;
    }

    private TriageService node(AuditLog audit) {
        AgentDirectory directory =
                keys -> keys.stream().map(k -> new AgentStatus(k, true, true)).toList();
        WorkloadSource workload =
                new WorkloadSource() {
                    @Override
                    public List<OpenRequest> openWork(ProjectConfig config, List<String> agents) {
                        return List.of();
                    }

                    @Override
                    public void routed(ProjectConfig config, OpenRequest request) {}
                };
        RoutingTriager triager =
                new RoutingTriager(
                        ArchivedModelTriager.rechecking(archive, clock, Duration.ZERO),
                        configs,
                        new AssigneeRouter.Sources(directory, workload, availability, audit),
                        clock);
        return new TriageService(configs, triager, audit, writer, clock);
    }

    private void configure(AssignmentStrategy strategy, FieldMode mode) {
        configs.save(
                new ProjectConfig("HELP", true, Map.of(), "bot", POOL, strategy, false)
                        .withField(
                                TargetField.ASSIGNEE,
                                new FieldSettings(
                                        mode, 0.0, FieldSettings.DEFAULT_PRECISION_TARGET)));
    }

    private void storeProfile() {
        List<Ticket> history = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            history.add(resolved("OLD-" + i, "alice", "vpn tunnel down at site " + i, i));
            history.add(resolved("OLD-5" + i, "bob", "vpn tunnel slow at site " + i, i + 20));
            history.add(resolved("OLD-9" + i, "carol", "printer toner empty floor " + i, i));
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
}
