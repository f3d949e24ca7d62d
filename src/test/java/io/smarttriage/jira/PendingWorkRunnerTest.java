package io.smarttriage.jira;

import static io.smarttriage.jira.JiraMocks.ISSUE_ID;
import static io.smarttriage.jira.JiraMocks.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.AssignmentStrategy;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.Feedback;
import io.smarttriage.governance.FieldDecision;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.FieldPrediction;
import io.smarttriage.governance.FieldSettings;
import io.smarttriage.governance.IssueRef;
import io.smarttriage.governance.IssueWriter;
import io.smarttriage.governance.MemoryAuditLog;
import io.smarttriage.governance.MemoryConfigStore;
import io.smarttriage.governance.MemoryExamples;
import io.smarttriage.governance.MemoryPendingWork;
import io.smarttriage.governance.PendingTask;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.Reason;
import io.smarttriage.governance.TrainingExample;
import io.smarttriage.governance.Verdict;
import io.smarttriage.governance.WorkKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PendingWorkRunnerTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final IssueRef REF = new IssueRef(ISSUE_ID, "HELP-1", "HELP");

    private final MemoryPendingWork work = new MemoryPendingWork();
    private final MemoryConfigStore configs = new MemoryConfigStore();
    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final MemoryExamples examples = new MemoryExamples();
    private final IssueManager issues = mock(IssueManager.class);
    private final List<FieldDecision> written = new ArrayList<>();
    private final IssueWriter writer = new RecordingIssueWriter(written);
    private final PendingWorkRunner runner =
            new PendingWorkRunner(
                    work,
                    issues,
                    JiraMocks.fieldsWithoutJsm(),
                    configs,
                    new PendingWorkRunner.Services(
                            audit,
                            examples,
                            t ->
                                    List.of(
                                            new FieldPrediction(
                                                    TargetField.PRIORITY,
                                                    "High",
                                                    0.95,
                                                    "v1",
                                                    Explanation.NONE)),
                            writer),
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    "node-a");

    @Test
    void givenNewIssueInAutoProject_runTriageTask_appliesAuditsAndRemovesTask() {
        autoPriority();
        MutableIssue jiraIssue = issue("Medium");
        when(issues.getIssueObject(ISSUE_ID)).thenReturn(jiraIssue);
        PendingTask task = stored(WorkKind.TRIAGE, null);

        boolean done = runner.run(task);

        assertThat(done).isTrue();
        assertThat(written).extracting(d -> d.prediction().value()).containsExactly("High");
        assertThat(audit.all()).extracting(AuditRecord::applied).containsExactly(true);
        assertThat(work.all()).isEmpty();
    }

    @Test
    void givenAppliedPriorityChangedByAgent_runFeedbackTask_recordsChangeAndLearns() {
        autoPriority();
        audit.append(appliedHigh());
        MutableIssue jiraIssue = issue("Low");
        when(issues.getIssueObject(ISSUE_ID)).thenReturn(jiraIssue);

        runner.run(stored(WorkKind.FEEDBACK, "agent-1"));

        assertThat(audit.all().get(0).correction().feedback()).isEqualTo(Feedback.CHANGED);
        assertThat(examples.since("HELP", Instant.EPOCH, 10))
                .extracting(TrainingExample::value)
                .containsExactly("Low");
    }

    @Test
    void givenChangeByTheAutomationUser_runFeedbackTask_learnsNothing() {
        autoPriority();
        audit.append(appliedHigh());
        MutableIssue jiraIssue = issue("Low");
        when(issues.getIssueObject(ISSUE_ID)).thenReturn(jiraIssue);

        runner.run(stored(WorkKind.FEEDBACK, "triage-bot"));

        assertThat(audit.all().get(0).correction().feedback()).isEqualTo(Feedback.NONE);
        assertThat(examples.since("HELP", Instant.EPOCH, 10)).isEmpty();
    }

    @Test
    void givenWorkerInterruptedWhileReadingTheIssue_run_releasesTheTaskWithoutAFailedAttempt() {
        autoPriority();
        when(issues.getIssueObject(ISSUE_ID))
                .thenAnswer(
                        call -> {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted reading the issue");
                        });
        PendingTask task = stored(WorkKind.TRIAGE, null);

        boolean done;
        try {
            done = runner.run(task);
        } finally {
            Thread.interrupted();
        }

        assertThat(done).isTrue();
        assertThat(work.unclaimed(10))
                .extracting(PendingTask::id, PendingTask::attempts)
                .containsExactly(tuple(task.id(), 0));
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void givenAppStopping_runFailingTask_releasesItWithoutAFailedAttempt() {
        autoPriority();
        when(issues.getIssueObject(ISSUE_ID)).thenThrow(new IllegalStateException("closed"));
        PendingTask task = stored(WorkKind.TRIAGE, null);

        boolean done = runner.run(task, () -> true);

        assertThat(done).isTrue();
        assertThat(work.unclaimed(10))
                .extracting(PendingTask::id, PendingTask::attempts)
                .containsExactly(tuple(task.id(), 0));
    }

    @Test
    void givenJiraFailsReadingTheIssue_run_keepsTaskClaimedForRetry() {
        autoPriority();
        when(issues.getIssueObject(ISSUE_ID)).thenThrow(new IllegalStateException("db"));
        PendingTask task = stored(WorkKind.TRIAGE, null);

        runner.run(task);

        assertThat(work.all())
                .extracting(PendingTask::id, PendingTask::attempts)
                .containsExactly(tuple(task.id(), 1));
        assertThat(work.unclaimed(10)).isEmpty();
    }

    @Test
    void givenTriageFailingEveryTime_runOneAttemptLessThanTheMaximum_keepsTheTask() {
        autoPriority();
        when(issues.getIssueObject(ISSUE_ID)).thenThrow(new IllegalStateException("db"));
        PendingTask task = stored(WorkKind.TRIAGE, null);

        runTimes(task, PendingWorkRunner.MAX_ATTEMPTS - 1);

        assertThat(work.all())
                .extracting(PendingTask::attempts)
                .containsExactly(PendingWorkRunner.MAX_ATTEMPTS - 1);
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void givenTriageFailingEveryTime_runTheMaximumTimes_recordsFailuresForFieldsNotOffOrDecided() {
        configs.save(
                configs.configFor("HELP")
                        .withEnabled(true)
                        .withField(
                                TargetField.CATEGORY, new FieldSettings(FieldMode.OFF, 0.8, 0.85)));
        audit.append(appliedHigh());
        when(issues.getIssueObject(ISSUE_ID)).thenThrow(new IllegalStateException("db"));
        PendingTask task = stored(WorkKind.TRIAGE, null);

        runTimes(task, PendingWorkRunner.MAX_ATTEMPTS);

        assertThat(work.all()).isEmpty();
        List<AuditRecord> failed = audit.all().subList(1, audit.all().size());
        assertThat(failed)
                .extracting(AuditRecord::field)
                .isNotEmpty()
                .doesNotContain(TargetField.CATEGORY, TargetField.PRIORITY)
                .doesNotHaveDuplicates();
        assertThat(failed)
                .extracting(r -> r.verdict().reason(), AuditRecord::note)
                .containsOnly(
                        tuple(
                                Reason.TRIAGE_FAILED,
                                Explanation.of(
                                        "smarttriage.why.failure",
                                        "java.lang.IllegalStateException")));
    }

    @Test
    void givenTriageThrowingAnErrorEveryTime_runTheMaximumTimes_countsAttemptsAndGivesUp() {
        autoPriority();
        when(issues.getIssueObject(ISSUE_ID)).thenThrow(new NoClassDefFoundError("weka/Model"));
        PendingTask task = stored(WorkKind.TRIAGE, null);

        runTimes(task, PendingWorkRunner.MAX_ATTEMPTS);

        assertThat(work.all()).isEmpty();
        assertThat(audit.all())
                .extracting(AuditRecord::note)
                .isNotEmpty()
                .containsOnly(
                        Explanation.of(
                                "smarttriage.why.failure", "java.lang.NoClassDefFoundError"));
    }

    @Test
    void givenFeedbackFailingEveryTime_runTheMaximumTimes_removesTheTaskWithoutDecisions() {
        autoPriority();
        when(issues.getIssueObject(ISSUE_ID)).thenThrow(new IllegalStateException("db"));
        PendingTask task = stored(WorkKind.FEEDBACK, "agent-1");

        runTimes(task, PendingWorkRunner.MAX_ATTEMPTS);

        assertThat(work.all()).isEmpty();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void givenChangeWhileFeedbackTaskReadsTheIssue_runFollowUp_judgesTheLaterChange() {
        autoPriority();
        audit.append(appliedHigh());
        MutableIssue unchanged = issue("High");
        MutableIssue changed = issue("Low");
        PendingTask first = stored(WorkKind.FEEDBACK, "agent-1");
        List<PendingTask> followUps = new ArrayList<>();
        when(issues.getIssueObject(ISSUE_ID))
                .thenAnswer(
                        call -> {
                            event(WorkKind.FEEDBACK).ifPresent(followUps::add);
                            return unchanged;
                        })
                .thenReturn(changed);
        runner.run(first);

        boolean done = runner.run(followUps.get(0));

        assertThat(done).isTrue();
        assertThat(audit.all().get(0).correction().feedback()).isEqualTo(Feedback.CHANGED);
        assertThat(work.all()).isEmpty();
    }

    @Test
    void givenFeedbackTaskRunning_runItsFollowUp_leavesItForLater() {
        autoPriority();
        audit.append(appliedHigh());
        MutableIssue jiraIssue = issue("Low");
        when(issues.getIssueObject(ISSUE_ID)).thenReturn(jiraIssue);
        PendingTask first = stored(WorkKind.FEEDBACK, "agent-1");
        work.claim(first.id(), "node-b", NOW);
        PendingTask followUp = stored(WorkKind.FEEDBACK, "agent-1");

        boolean done = runner.run(followUp);

        assertThat(done).isFalse();
        assertThat(audit.all().get(0).correction().feedback()).isEqualTo(Feedback.NONE);
        assertThat(work.unclaimed(10)).containsExactly(followUp);
    }

    @Test
    void givenFeedbackTaskRunningOnAnotherNode_runResolvedTaskOfTheIssue_leavesItForLater() {
        autoPriority();
        audit.append(appliedHigh());
        MutableIssue jiraIssue = issue("Low");
        when(issues.getIssueObject(ISSUE_ID)).thenReturn(jiraIssue);
        PendingTask feedback = stored(WorkKind.FEEDBACK, "agent-1");
        work.claim(feedback.id(), "node-b", NOW);
        PendingTask resolved = stored(WorkKind.RESOLVED, "agent-1");

        boolean done = runner.run(resolved);

        assertThat(done).isFalse();
        assertThat(audit.all().get(0).correction().feedback()).isEqualTo(Feedback.NONE);
        assertThat(examples.all()).isEmpty();
    }

    @Test
    void givenTriageTaskRetriedAfterItRecordedAndWrote_run_addsNoSecondDecisionOrWrite() {
        autoPriority();
        audit.append(appliedHigh());
        MutableIssue jiraIssue = issue("High");
        when(issues.getIssueObject(ISSUE_ID)).thenReturn(jiraIssue);
        PendingTask retried = stored(WorkKind.TRIAGE, null);

        boolean done = runner.run(retried);

        assertThat(done).isTrue();
        assertThat(audit.all()).hasSize(1);
        assertThat(written).isEmpty();
        assertThat(work.all()).isEmpty();
    }

    @Test
    void givenTaskClaimedByAnotherNode_run_doesNothing() {
        autoPriority();
        PendingTask task = stored(WorkKind.TRIAGE, null);
        work.claim(task.id(), "node-b", NOW);

        boolean done = runner.run(task);

        assertThat(done).isFalse();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void givenDeletedIssueWithRecords_runPurgeTask_removesEverythingAndTheTask() {
        autoPriority();
        audit.append(appliedHigh());
        examples.add(correction(ISSUE_ID));
        examples.add(correction(ISSUE_ID + 1));
        PendingTask purge = stored(WorkKind.PURGE, null);
        stored(WorkKind.FEEDBACK, "agent-1");

        boolean done = runner.run(purge);

        assertThat(done).isTrue();
        assertThat(audit.all()).isEmpty();
        assertThat(examples.all())
                .extracting(TrainingExample::issueId)
                .containsExactly(ISSUE_ID + 1);
        assertThat(work.all()).isEmpty();
    }

    @Test
    void givenMovedIssue_runMovedTask_dropsCorrectionsButKeepsLaterWork() {
        autoPriority();
        audit.append(appliedHigh());
        examples.add(correction(ISSUE_ID));
        PendingTask moved = stored(WorkKind.MOVED, null);
        PendingTask after = stored(WorkKind.RESOLVED, "agent-1");

        runner.run(moved);

        assertThat(audit.all()).hasSize(1);
        assertThat(examples.all()).isEmpty();
        assertThat(work.all()).containsExactly(after);
    }

    @Test
    void givenEarlierWorkOfTheIssueWaiting_runMovedTask_waitsAndDoesNothing() {
        examples.add(correction(ISSUE_ID));
        PendingTask earlier = stored(WorkKind.FEEDBACK, "agent-1");
        PendingTask moved = stored(WorkKind.MOVED, null);

        boolean done = runner.run(moved);

        assertThat(done).isFalse();
        assertThat(examples.all()).hasSize(1);
        assertThat(work.all()).containsExactly(earlier, moved);
    }

    @Test
    void givenFeedbackQueuedBeforeTheIssueMoved_run_dropsItWithoutJudgingOldDecisions() {
        autoPriority();
        audit.append(appliedHigh());
        MutableIssue jiraIssue = issue("Low");
        when(issues.getIssueObject(ISSUE_ID)).thenReturn(jiraIssue);
        IssueRef before = new IssueRef(ISSUE_ID, "OLD-1", "OLD");
        PendingTask task =
                work.add(
                                new PendingTask(
                                        null,
                                        ISSUE_ID + ":FEEDBACK",
                                        before,
                                        WorkKind.FEEDBACK,
                                        "agent-1",
                                        NOW))
                        .orElseThrow();

        boolean done = runner.run(task);

        assertThat(done).isTrue();
        assertThat(audit.all().get(0).correction().feedback()).isEqualTo(Feedback.NONE);
        assertThat(examples.all()).isEmpty();
        assertThat(work.all()).isEmpty();
    }

    @Test
    void givenStoreFailingMidPurge_runPurgeTwice_retriesAfterTheClaimExpiresAndFinishes() {
        FlakyExamples flaky = new FlakyExamples();
        flaky.add(correction(ISSUE_ID));
        PendingWorkRunner purging =
                new PendingWorkRunner(
                        work,
                        issues,
                        JiraMocks.fieldsWithoutJsm(),
                        configs,
                        new PendingWorkRunner.Services(audit, flaky, t -> List.of(), writer),
                        Clock.fixed(NOW, ZoneOffset.UTC),
                        "node-a");
        PendingTask purge = stored(WorkKind.PURGE, null);
        purging.run(purge);
        work.releaseClaimsBefore(NOW.plusSeconds(1));

        purging.run(purge);

        assertThat(flaky.all()).isEmpty();
        assertThat(work.all()).isEmpty();
    }

    private static TrainingExample correction(long issueId) {
        return new TrainingExample(issueId, "HELP", TargetField.PRIORITY, "Low", "agent-1", NOW);
    }

    private void autoPriority() {
        configs.save(
                new ProjectConfig(
                                "HELP",
                                true,
                                Map.of(),
                                "triage-bot",
                                List.of(),
                                AssignmentStrategy.PREDICTED,
                                false)
                        .withField(
                                TargetField.PRIORITY,
                                new FieldSettings(FieldMode.AUTO, 0.8, 0.85)));
    }

    private PendingTask stored(WorkKind kind, String userKey) {
        return work.add(new PendingTask(null, ISSUE_ID + ":" + kind, REF, kind, userKey, NOW))
                .orElseThrow();
    }

    private Optional<PendingTask> event(WorkKind kind) {
        return work.add(new PendingTask(null, ISSUE_ID + ":" + kind, REF, kind, "agent-1", NOW));
    }

    private void runTimes(PendingTask task, int times) {
        for (int i = 0; i < times; i++) {
            work.releaseClaimsBefore(NOW.plusSeconds(1));
            runner.run(task);
        }
    }

    private static AuditRecord appliedHigh() {
        return new AuditRecord(
                null,
                ISSUE_ID,
                "HELP",
                NOW,
                TargetField.PRIORITY,
                "High",
                0.95,
                "v1",
                FieldMode.AUTO,
                new Verdict(Action.APPLY, Reason.MODE),
                true,
                null,
                Explanation.NONE);
    }

    /** Issue writer that records applied decisions. */
    private record RecordingIssueWriter(List<FieldDecision> written) implements IssueWriter {
        @Override
        public boolean apply(IssueRef issue, FieldDecision decision, ProjectConfig config) {
            return written.add(decision);
        }

        @Override
        public void announce(IssueRef issue, List<FieldDecision> applied, ProjectConfig config) {}
    }
}
