package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.smarttriage.domain.TargetField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserReferencesTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    /** Ann and bob, bob with his own zone, capacity and an absence that ann covers. */
    private static final String HELP_AVAILABILITY =
            """
            {"capacity": 20, "agents": {
              "ann": {"zone": "UTC"},
              "bob": {"zone": "Europe/Berlin", "capacity": 12, "absences": [
                {"from": "2026-12-21T00:00:00Z", "until": "2027-01-04T00:00:00Z",
                 "cover": "ann"}]}}}
            """;

    /** Ann only, with an absence that bob covers. */
    private static final String OPS_AVAILABILITY =
            """
            {"agents": {"ann": {"absences": [
              {"from": "2026-12-21T00:00:00Z", "until": "2027-01-04T00:00:00Z",
               "cover": "bob"}]}}}
            """;

    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final MemoryExamples examples = new MemoryExamples();
    private final MemoryPendingWork work = new MemoryPendingWork();
    private final MemoryConfigStore configs = new MemoryConfigStore();
    private final MemoryAvailabilityStore availability = new MemoryAvailabilityStore();
    private final MemoryRunAsUser runAs = new MemoryRunAsUser("svc");
    private final UserReferences references =
            new UserReferences(audit, examples, work, configs, availability, runAs);

    @BeforeEach
    void bobEverywhere() {
        long id =
                audit.append(Records.decision(7L, TargetField.ASSIGNEE, "bob", Action.APPLY, T0))
                        .id();
        audit.correct(id, new Correction(Feedback.KEPT, "ann", "bob", T0));
        long other =
                audit.append(Records.decision(7L, TargetField.PRIORITY, "High", Action.APPLY, T0))
                        .id();
        audit.correct(other, new Correction(Feedback.CHANGED, "bob", "Low", T0));
        examples.add(new TrainingExample(7L, "HELP", TargetField.ASSIGNEE, "bob", "ann", T0));
        examples.add(new TrainingExample(7L, "HELP", TargetField.PRIORITY, "Low", "bob", T0));
        IssueRef ref = new IssueRef(7L, "HELP-7", "HELP");
        work.add(new PendingTask(null, "7:FEEDBACK", ref, WorkKind.FEEDBACK, "bob", T0));
        configs.save(config("HELP", "bob", List.of("ann", "bob")));
        configs.save(config("OPS", "bot", List.of("ann")));
    }

    @Test
    void givenUserInEveryStore_usage_countsRecordsAndNamesProjects() {
        UserReferences.Usage usage = references.usage("bob");

        assertThat(usage)
                .isEqualTo(
                        new UserReferences.Usage(
                                2,
                                2,
                                1,
                                List.of("HELP"),
                                List.of("HELP"),
                                List.of(),
                                List.of(),
                                false));
        assertThat(usage.records()).isEqualTo(5);
    }

    @Test
    void givenAdminSavesWhileTheKeyIsRenamed_rename_keepsTheAdminsChange() {
        ConfigStore interleaved =
                new SaveFirst(configs, configs.configFor("HELP").withEnabled(false));
        UserReferences during =
                new UserReferences(audit, examples, work, interleaved, availability, runAs);

        during.rename("bob", "JIRAUSER10100");

        assertThat(configs.configFor("HELP").enabled()).isFalse();
        assertThat(configs.configFor("HELP").automationUserKey()).isEqualTo("JIRAUSER10100");
        assertThat(configs.configFor("HELP").agentPool()).containsExactly("ann", "JIRAUSER10100");
    }

    @Test
    void givenAdminSavesWhileTheUserIsForgotten_forget_keepsTheAdminsChange() {
        ConfigStore interleaved =
                new SaveFirst(configs, configs.configFor("HELP").withEnabled(false));
        UserReferences during =
                new UserReferences(audit, examples, work, interleaved, availability, runAs);

        during.forget("bob");

        assertThat(configs.configFor("HELP").enabled()).isFalse();
        assertThat(configs.configFor("HELP").agentPool()).containsExactly("ann");
    }

    @Test
    void givenKeyChangedByJira_rename_leavesNoTraceOfTheOldKey() {
        int changed = references.rename("bob", "JIRAUSER10100");

        assertThat(changed).isEqualTo(6);
        assertThat(references.usage("bob").records()).isZero();
        assertThat(references.usage("JIRAUSER10100").records()).isEqualTo(5);
        assertThat(configs.configFor("HELP").automationUserKey()).isEqualTo("JIRAUSER10100");
        assertThat(configs.configFor("HELP").agentPool()).containsExactly("ann", "JIRAUSER10100");
        assertThat(configs.configFor("OPS").agentPool()).containsExactly("ann");
    }

    @Test
    void givenAnonymizedUser_forget_dropsKeyAndAssigneeCorrectionsButKeepsAutomationUser() {
        int changed = references.forget("bob");

        assertThat(changed).isEqualTo(5);
        assertThat(audit.all().get(1).correction().userKey()).isNull();
        assertThat(audit.all().get(1).correction().feedback()).isEqualTo(Feedback.CHANGED);
        assertThat(examples.all())
                .extracting(TrainingExample::field, TrainingExample::userKey)
                .containsExactly(tuple(TargetField.PRIORITY, null));
        assertThat(work.all()).extracting(PendingTask::userKey).containsOnlyNulls();
        assertThat(configs.configFor("HELP").agentPool()).containsExactly("ann");
        assertThat(configs.configFor("HELP").automationUserKey()).isEqualTo("bob");
    }

    @Test
    void givenPoolOfOnlyTheAnonymizedUser_forget_keepsThePoolAndReportsIt() {
        configs.save(config("OPS", "bot", List.of("bob")));

        references.forget("bob");

        assertThat(configs.configFor("OPS").agentPool()).containsExactly("bob");
        assertThat(references.usage("bob").soleAgentProjects()).containsExactly("OPS");
        assertThat(references.usage("bob").manualChanges()).isEqualTo(2);
    }

    @Test
    void givenBlankNewKey_rename_failsNamingTheKey() {
        var thrown = assertThatThrownBy(() -> references.rename("bob", " "));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessage("new user key must not be blank, was ' '");
    }

    @Test
    void givenUserInAvailabilityAndAsForecastRunAsUser_usage_namesThemAsSettings() {
        availability.save("HELP", HELP_AVAILABILITY);
        availability.save("OPS", OPS_AVAILABILITY);
        availability.save("IT", "{\"agents\": {\"ann\": {}}}");
        runAs.replaceRunAsUser("svc", "bob");

        UserReferences.Usage usage = references.usage("bob");

        assertThat(usage.availabilityProjects()).containsExactly("HELP", "OPS");
        assertThat(usage.forecastRunAs()).isTrue();
        assertThat(usage.settings()).isEqualTo(5);
    }

    @Test
    void givenKeyChangedByJira_rename_rewritesAvailabilityAndForecastRunAsUser() {
        availability.save("HELP", HELP_AVAILABILITY);
        availability.save("OPS", OPS_AVAILABILITY);
        runAs.replaceRunAsUser("svc", "bob");

        int changed = references.rename("bob", "JIRAUSER10100");

        assertThat(changed).isEqualTo(9);
        assertThat(availability.json("HELP").orElseThrow())
                .isEqualTo(
                        "{\"capacity\":20,\"agents\":{\"ann\":{\"zone\":\"UTC\"},"
                                + "\"JIRAUSER10100\":{\"zone\":\"Europe/Berlin\",\"capacity\":12,"
                                + "\"absences\":[{\"from\":\"2026-12-21T00:00:00Z\","
                                + "\"until\":\"2027-01-04T00:00:00Z\",\"cover\":\"ann\"}]}}}");
        assertThat(availability.json("OPS").orElseThrow()).contains("\"cover\":\"JIRAUSER10100\"");
        assertThat(runAs.runAsUserKey()).contains("JIRAUSER10100");
        assertThat(references.usage("bob").settings()).isZero();
        assertThat(references.usage("JIRAUSER10100").availabilityProjects())
                .containsExactly("HELP", "OPS");
    }

    @Test
    void givenAnonymizedUser_forget_removesAvailabilityEntryAndCoverAndClearsForecastRunAs() {
        availability.save("HELP", HELP_AVAILABILITY);
        availability.save("OPS", OPS_AVAILABILITY);
        runAs.replaceRunAsUser("svc", "bob");

        int changed = references.forget("bob");

        assertThat(changed).isEqualTo(8);
        assertThat(availability.json("HELP").orElseThrow())
                .isEqualTo("{\"capacity\":20,\"agents\":{\"ann\":{\"zone\":\"UTC\"}}}");
        assertThat(availability.json("OPS").orElseThrow())
                .isEqualTo(
                        "{\"agents\":{\"ann\":{\"absences\":[{\"from\":\"2026-12-21T00:00:00Z\","
                                + "\"until\":\"2027-01-04T00:00:00Z\"}]}}}");
        assertThat(runAs.runAsUserKey()).isEmpty();
        assertThat(references.usage("bob").settings()).isEqualTo(1);
    }

    @Test
    void givenForecastRunningAsAnotherUser_forget_keepsTheRunAsUser() {
        int changed = references.forget("bob");

        assertThat(changed).isEqualTo(5);
        assertThat(runAs.runAsUserKey()).contains("svc");
    }

    @Test
    void givenUnreadableAvailability_renameAndForget_leaveItAndChangeTheRest() {
        availability.save("HELP", "{not json");
        availability.save("OPS", "[\"bob\"]");

        int renamed = references.rename("bob", "JIRAUSER10100");
        int forgotten = references.forget("JIRAUSER10100");

        assertThat(renamed).isEqualTo(6);
        assertThat(forgotten).isEqualTo(5);
        assertThat(availability.json("HELP")).contains("{not json");
        assertThat(availability.json("OPS")).contains("[\"bob\"]");
    }

    private static ProjectConfig config(String key, String automation, List<String> pool) {
        return new ProjectConfig(
                key, true, Map.of(), automation, pool, AssignmentStrategy.PREDICTED, false);
    }

    /**
     * A store where another save of a configuration lands just before the first save through it.
     */
    private static final class SaveFirst implements ConfigStore {
        private final ConfigStore stored;
        private ProjectConfig other;

        SaveFirst(ConfigStore stored, ProjectConfig other) {
            this.stored = stored;
            this.other = other;
        }

        @Override
        public Optional<VersionedConfig> findVersioned(String projectKey) {
            return stored.findVersioned(projectKey);
        }

        @Override
        public List<ProjectConfig> all() {
            return stored.all();
        }

        @Override
        public long save(ProjectConfig config, OptionalLong expectedVersion) {
            if (other != null && other.projectKey().equals(config.projectKey())) {
                stored.save(other);
                other = null;
            }
            return stored.save(config, expectedVersion);
        }
    }
}
