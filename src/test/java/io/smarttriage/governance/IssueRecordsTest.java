package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.TargetField;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IssueRecordsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final MemoryExamples examples = new MemoryExamples();
    private final MemoryPendingWork work = new MemoryPendingWork();
    private final IssueRecords records = new IssueRecords(audit, examples, work);

    @Test
    void givenTwoIssuesWithRecords_purge_removesOnlyTheDeletedOnesAndKeepsItsOwnTask() {
        store(7L);
        store(8L);
        PendingTask purge = task(7L, WorkKind.PURGE);

        IssueRecords.Removed removed = records.purge(7L, purge.id());

        assertThat(removed).isEqualTo(new IssueRecords.Removed(1, 1, 1));
        assertThat(audit.all()).extracting(AuditRecord::issueId).containsExactly(8L);
        assertThat(examples.all()).extracting(TrainingExample::issueId).containsExactly(8L);
        assertThat(work.all()).extracting(PendingTask::id).contains(purge.id()).hasSize(2);
    }

    @Test
    void givenPurgeAlreadyDone_purgeAgain_removesNothingMore() {
        store(7L);
        PendingTask purge = task(7L, WorkKind.PURGE);
        records.purge(7L, purge.id());

        IssueRecords.Removed again = records.purge(7L, purge.id());

        assertThat(again).isEqualTo(new IssueRecords.Removed(0, 0, 0));
    }

    @Test
    void givenMovedIssue_moved_keepsDecisionsAndDropsCorrectionsAndWorkQueuedBefore() {
        store(7L);
        PendingTask moved = task(7L, WorkKind.MOVED);

        IssueRecords.Removed removed = records.moved(7L, moved.id());

        assertThat(removed).isEqualTo(new IssueRecords.Removed(0, 1, 1));
        assertThat(audit.all()).hasSize(1);
        assertThat(examples.all()).isEmpty();
        assertThat(work.all()).containsExactly(moved);
    }

    @Test
    void givenFeedbackQueuedAfterTheMove_moved_keepsThatWork() {
        task(7L, WorkKind.FEEDBACK);
        PendingTask moved = task(7L, WorkKind.MOVED);
        PendingTask later = task(7L, WorkKind.RESOLVED);

        IssueRecords.Removed removed = records.moved(7L, moved.id());

        assertThat(removed.tasks()).isEqualTo(1);
        assertThat(work.all()).containsExactly(moved, later);
    }

    private void store(long issueId) {
        audit.append(Records.decision(issueId, TargetField.PRIORITY, "High", Action.APPLY, T0));
        examples.add(
                new TrainingExample(issueId, "HELP", TargetField.PRIORITY, "Low", "agent-1", T0));
        task(issueId, WorkKind.FEEDBACK);
    }

    private PendingTask task(long issueId, WorkKind kind) {
        IssueRef ref = new IssueRef(issueId, "HELP-" + issueId, "HELP");
        return work.add(new PendingTask(null, issueId + ":" + kind, ref, kind, "agent-1", T0))
                .orElseThrow();
    }
}
