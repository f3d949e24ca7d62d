package io.smarttriage.governance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: durable queue of pending work, shared by all cluster nodes. A task is claimed by exactly
 * one node before it is worked on; claims of nodes that died are released after a while.
 *
 * <p>At most one task per event key waits unclaimed, so a burst of events coalesces. An event that
 * reports a change ({@link WorkKind#reportsChange}) and whose task is already claimed (its values
 * may have been read) is stored as a follow-up task under a key derived from the claimed one, so
 * the change is worked on too. Tasks of one issue are worked on one at a time and in the order they
 * were stored: a task is not claimed while an older task of its issue waits or another task of its
 * issue is claimed. So a change and the resolution of one issue never judge the same decision
 * twice, and feedback on a new issue waits for its triage.
 */
public interface PendingWorkStore {

    /**
     * Stores a task unless an unclaimed task with the same event key waits. When the task with that
     * key is claimed, a task whose kind reports a change is stored as its follow-up, under the key
     * {@code eventKey + "+" + claimedTaskId} (and so on while that key's task is claimed too); a
     * task of another kind is not stored.
     *
     * @return the stored task with its id and stored event key, or empty when a task for the event
     *     waits already or, for a kind that reports no change, is being worked on
     */
    Optional<PendingTask> add(PendingTask task);

    /** Returns up to {@code limit} unclaimed tasks, oldest first. */
    List<PendingTask> unclaimed(int limit);

    /**
     * Claims a task for one node; atomic across the cluster. A task is not claimed while an older
     * task of its issue waits or another task of its issue is claimed, so the oldest task of an
     * issue can always be claimed once no task of the issue is claimed; refused tasks are found
     * again by {@link #unclaimed}.
     *
     * @return whether this call got the claim; {@code false} also when the task is already done, an
     *     older task of its issue waits or another task of its issue is claimed
     */
    boolean claim(long taskId, String node, Instant now);

    /**
     * Counts a failed attempt at a task; the task keeps its claim.
     *
     * @return the failed attempts so far, {@code 0} when the task no longer exists
     */
    int failed(long taskId);

    /** Removes a finished task and its claim. */
    void complete(long taskId);

    /**
     * Releases a task's claim without counting an attempt, so that any node can claim it again
     * (e.g. a task interrupted at shutdown).
     */
    void release(long taskId);

    /**
     * Returns the oldest stored task of an issue when no node has claimed it: the task to work on
     * next once the issue's previous task is done.
     *
     * @return empty when the issue has no stored task or its oldest task is claimed
     */
    Optional<PendingTask> nextOfIssue(long issueId);

    /**
     * Releases claims made before {@code before}, so that their tasks are found again.
     *
     * @return the number of claims released
     */
    int releaseClaimsBefore(Instant before);

    /**
     * Removes the tasks of an issue and their claims, except one task.
     *
     * @param keepTaskId the task doing the removal, which its runner completes itself
     * @return the number of tasks removed
     */
    int removeIssue(long issueId, long keepTaskId);

    /**
     * Removes the tasks of an issue that were stored before a task, and their claims; tasks stored
     * after it stay.
     *
     * @param taskId the task doing the removal
     * @return the number of tasks removed
     */
    int removeIssueBefore(long issueId, long taskId);

    /** Returns how many tasks were caused by the user. */
    int countUser(String userKey);

    /**
     * Replaces the user key of the tasks the user caused; {@code null} forgets who caused them.
     *
     * @return the number of tasks changed
     */
    int replaceUser(String oldKey, String newKey);
}
