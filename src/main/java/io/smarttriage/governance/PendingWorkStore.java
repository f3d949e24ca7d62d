package io.smarttriage.governance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: durable queue of pending work, shared by all cluster nodes. A task is claimed by exactly
 * one node before it is worked on; claims of nodes that died are released after a while.
 */
public interface PendingWorkStore {

    /**
     * Stores a task unless one with the same event key exists.
     *
     * @return the stored task with its id, or empty when the event was queued before
     */
    Optional<PendingTask> add(PendingTask task);

    /** Returns up to {@code limit} unclaimed tasks, oldest first. */
    List<PendingTask> unclaimed(int limit);

    /**
     * Claims a task for one node; atomic across the cluster.
     *
     * @return whether this call got the claim; {@code false} also when the task is already done
     */
    boolean claim(long taskId, String node, Instant now);

    /** Removes a finished task and its claim. */
    void complete(long taskId);

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

    /** Returns how many tasks were caused by the user. */
    int countUser(String userKey);

    /**
     * Replaces the user key of the tasks the user caused; {@code null} forgets who caused them.
     *
     * @return the number of tasks changed
     */
    int replaceUser(String oldKey, String newKey);
}
