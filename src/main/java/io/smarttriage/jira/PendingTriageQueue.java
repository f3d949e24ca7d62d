package io.smarttriage.jira;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounded, node-local hand-off of created issues from Jira's event thread to the triage engine.
 *
 * <p>Limitation: nothing drains this queue yet; the triage engine that takes issues from it and
 * writes results back to Jira is wired in a later step. Entries live in memory on the node that
 * received the event and are lost on restart; when full, new issues are refused and logged.
 */
public class PendingTriageQueue implements CreatedIssueSink {
    /** Capacity used by the Spring bean. */
    public static final int DEFAULT_CAPACITY = 1_000;

    private static final Logger log = LoggerFactory.getLogger(PendingTriageQueue.class);

    private final BlockingQueue<CreatedIssue> queue;
    private final int capacity;

    /** Creates a queue with {@link #DEFAULT_CAPACITY}. */
    public PendingTriageQueue() {
        this(DEFAULT_CAPACITY);
    }

    PendingTriageQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    @Override
    public boolean offer(CreatedIssue issue) {
        boolean accepted = queue.offer(issue);
        if (!accepted) {
            log.warn(
                    "Triage queue full ({} issues): issue {} not queued",
                    capacity,
                    issue.issueKey());
        }
        return accepted;
    }

    /** Takes the oldest pending issue, if any. */
    public Optional<CreatedIssue> poll() {
        return Optional.ofNullable(queue.poll());
    }

    /** Returns the number of issues waiting for triage. */
    public int size() {
        return queue.size();
    }
}
