package io.smarttriage.governance;

/**
 * Keeps what the app stores about one issue in step with Jira: everything goes when the issue is
 * deleted, and what belonged to the old project goes when the issue moves.
 *
 * <p>Every step deletes by issue id, so a run that failed half-way can simply be repeated.
 */
public final class IssueRecords {
    private final AuditLog audit;
    private final TrainingExampleStore examples;
    private final PendingWorkStore work;

    /** Creates the service over the stores that hold issue data. */
    public IssueRecords(AuditLog audit, TrainingExampleStore examples, PendingWorkStore work) {
        this.audit = audit;
        this.examples = examples;
        this.work = work;
    }

    /**
     * Removes the decisions, training examples, pending tasks and claims of a deleted issue.
     *
     * @param keepTaskId the task doing the purge; its runner completes it once this returns
     */
    public Removed purge(long issueId, long keepTaskId) {
        int tasks = work.removeIssue(issueId, keepTaskId);
        int decisions = audit.removeIssue(issueId);
        int corrections = examples.removeIssue(issueId);
        return new Removed(decisions, corrections, tasks);
    }

    /**
     * Cleans up after an issue moved to another project. Corrections made in the old project name
     * its components and agents, so they are removed and never train the new project's model; work
     * queued before the move, under the old project, is dropped, while work queued after the move
     * task stays. The decisions stay as the old project's history, count in its precision and are
     * removed when the issue is deleted; they no longer show for the issue nor are judged, since
     * both look only at decisions of the issue's current project.
     *
     * @param keepTaskId the task doing the clean-up
     */
    public Removed moved(long issueId, long keepTaskId) {
        int tasks = work.removeIssueBefore(issueId, keepTaskId);
        int corrections = examples.removeIssue(issueId);
        return new Removed(0, corrections, tasks);
    }

    /**
     * What a clean-up removed.
     *
     * @param decisions audit records
     * @param corrections training examples
     * @param tasks pending tasks with their claims
     */
    public record Removed(int decisions, int corrections, int tasks) {}
}
