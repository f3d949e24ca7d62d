package io.smarttriage.governance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Pending work in memory, for tests. */
public final class MemoryPendingWork implements PendingWorkStore {
    private final Map<Long, PendingTask> tasks = new TreeMap<>();
    private final Map<Long, Instant> claims = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized Optional<PendingTask> add(PendingTask task) {
        String eventKey = task.eventKey();
        Optional<PendingTask> same = withKey(eventKey);
        while (same.isPresent()) {
            if (!task.kind().reportsChange() || !claims.containsKey(same.get().id())) {
                return Optional.empty();
            }
            eventKey = task.eventKey() + "+" + same.get().id();
            same = withKey(eventKey);
        }
        PendingTask stored =
                new PendingTask(
                        nextId++,
                        eventKey,
                        task.issue(),
                        task.kind(),
                        task.userKey(),
                        task.created());
        tasks.put(stored.id(), stored);
        return Optional.of(stored);
    }

    private Optional<PendingTask> withKey(String eventKey) {
        return tasks.values().stream().filter(t -> t.eventKey().equals(eventKey)).findFirst();
    }

    @Override
    public synchronized List<PendingTask> unclaimed(int limit) {
        return tasks.values().stream()
                .filter(t -> !claims.containsKey(t.id()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean claim(long taskId, String node, Instant now) {
        PendingTask task = tasks.get(taskId);
        if (task == null || claims.containsKey(taskId) || otherOfIssue(task)) {
            return false;
        }
        claims.put(taskId, now);
        return true;
    }

    /** Whether a task of the issue is older or claimed. */
    private boolean otherOfIssue(PendingTask task) {
        return tasks.values().stream()
                .anyMatch(
                        t ->
                                !t.id().equals(task.id())
                                        && t.issue().issueId() == task.issue().issueId()
                                        && (t.id() < task.id() || claims.containsKey(t.id())));
    }

    @Override
    public synchronized int failed(long taskId) {
        PendingTask t = tasks.get(taskId);
        if (t == null) {
            return 0;
        }
        PendingTask counted =
                new PendingTask(
                        t.id(),
                        t.eventKey(),
                        t.issue(),
                        t.kind(),
                        t.userKey(),
                        t.created(),
                        t.attempts() + 1);
        tasks.put(taskId, counted);
        return counted.attempts();
    }

    @Override
    public synchronized void complete(long taskId) {
        tasks.remove(taskId);
        claims.remove(taskId);
    }

    @Override
    public synchronized void release(long taskId) {
        claims.remove(taskId);
    }

    @Override
    public synchronized Optional<PendingTask> nextOfIssue(long issueId) {
        return tasks.values().stream()
                .filter(t -> t.issue().issueId() == issueId)
                .findFirst()
                .filter(t -> !claims.containsKey(t.id()));
    }

    @Override
    public synchronized int releaseClaimsBefore(Instant before) {
        int before0 = claims.size();
        claims.values().removeIf(t -> t.isBefore(before));
        return before0 - claims.size();
    }

    /** Returns every stored task. */
    public synchronized List<PendingTask> all() {
        return List.copyOf(tasks.values());
    }

    @Override
    public synchronized int removeIssue(long issueId, long keepTaskId) {
        List<Long> ids =
                tasks.values().stream()
                        .filter(t -> t.issue().issueId() == issueId && t.id() != keepTaskId)
                        .map(PendingTask::id)
                        .toList();
        ids.forEach(this::complete);
        return ids.size();
    }

    @Override
    public synchronized int removeIssueBefore(long issueId, long taskId) {
        List<Long> ids =
                tasks.values().stream()
                        .filter(t -> t.issue().issueId() == issueId && t.id() < taskId)
                        .map(PendingTask::id)
                        .toList();
        ids.forEach(this::complete);
        return ids.size();
    }

    @Override
    public synchronized int countUser(String userKey) {
        return (int) tasks.values().stream().filter(t -> userKey.equals(t.userKey())).count();
    }

    @Override
    public synchronized int replaceUser(String oldKey, String newKey) {
        int changed = 0;
        for (PendingTask t : List.copyOf(tasks.values())) {
            if (oldKey.equals(t.userKey())) {
                tasks.put(
                        t.id(),
                        new PendingTask(
                                t.id(),
                                t.eventKey(),
                                t.issue(),
                                t.kind(),
                                newKey,
                                t.created(),
                                t.attempts()));
                changed++;
            }
        }
        return changed;
    }
}
