package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.smarttriage.domain.TargetField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserReferencesTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final MemoryExamples examples = new MemoryExamples();
    private final MemoryPendingWork work = new MemoryPendingWork();
    private final MemoryConfigStore configs = new MemoryConfigStore();
    private final UserReferences references = new UserReferences(audit, examples, work, configs);

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
                                2, 2, 1, List.of("HELP"), List.of("HELP"), List.of()));
        assertThat(usage.records()).isEqualTo(5);
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

    private static ProjectConfig config(String key, String automation, List<String> pool) {
        return new ProjectConfig(
                key, true, Map.of(), automation, pool, AssignmentStrategy.PREDICTED, false);
    }
}
