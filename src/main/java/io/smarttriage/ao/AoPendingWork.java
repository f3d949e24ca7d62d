package io.smarttriage.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.smarttriage.governance.IssueRef;
import io.smarttriage.governance.PendingTask;
import io.smarttriage.governance.PendingWorkStore;
import io.smarttriage.governance.WorkKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pending work in Active Objects. Event keys and claims are unique columns, so a repeated event
 * adds no second waiting task and only one node wins a claim, whatever the database. A claim is
 * only tried on the oldest task of its issue, and that check comes before the claim row is written,
 * so two nodes claiming two tasks of one issue never refuse each other forever: the older task's
 * claim sees no claim row of the newer one.
 */
public class AoPendingWork implements PendingWorkStore {
    private static final Logger log = LoggerFactory.getLogger(AoPendingWork.class);

    private final ActiveObjects ao;

    /** Creates a store on the app's Active Objects. */
    public AoPendingWork(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<PendingTask> add(PendingTask task) {
        String eventKey = Columns.text("EVENT_KEY", task.eventKey());
        PendingWorkEntity[] rows = ao.find(PendingWorkEntity.class, "EVENT_KEY = ?", eventKey);
        while (rows.length > 0) {
            int id = rows[0].getID();
            boolean claimed = claimed(id);
            // A node completing the task deletes the task before its claim: a task still stored
            // after its claim was found missing has not been worked on yet and takes the event.
            if (!claimed && ao.count(PendingWorkEntity.class, "ID = ?", id) == 0) {
                rows = ao.find(PendingWorkEntity.class, "EVENT_KEY = ?", eventKey);
                continue;
            }
            if (!task.kind().reportsChange() || !claimed) {
                return Optional.empty();
            }
            eventKey = Columns.text("EVENT_KEY", task.eventKey() + "+" + id);
            rows = ao.find(PendingWorkEntity.class, "EVENT_KEY = ?", eventKey);
        }
        try {
            PendingWorkEntity row = ao.create(PendingWorkEntity.class, columns(task, eventKey));
            // Built from what was stored, not read back: another node may already have done
            // and removed the task.
            return Optional.of(
                    new PendingTask(
                            (long) row.getID(),
                            eventKey,
                            task.issue(),
                            task.kind(),
                            task.userKey(),
                            task.created()));
        } catch (RuntimeException e) {
            if (ao.count(PendingWorkEntity.class, "EVENT_KEY = ?", eventKey) > 0) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<PendingTask> unclaimed(int limit) {
        Set<Integer> claimed = new HashSet<>();
        for (WorkClaimEntity claim : ao.find(WorkClaimEntity.class, Query.select())) {
            claimed.add(claim.getTaskId());
        }
        List<PendingTask> tasks = new ArrayList<>();
        Query oldestFirst =
                Query.select().order("QUEUED_AT ASC, ID ASC").limit(limit + claimed.size());
        for (PendingWorkEntity row : ao.find(PendingWorkEntity.class, oldestFirst)) {
            if (!claimed.contains(row.getID()) && tasks.size() < limit) {
                tasks.add(task(row));
            }
        }
        return tasks;
    }

    @Override
    public boolean claim(long taskId, String node, Instant now) {
        PendingWorkEntity[] rows = ao.find(PendingWorkEntity.class, "ID = ?", (int) taskId);
        if (rows.length == 0 || olderOfIssue(rows[0])) {
            return false;
        }
        Map<String, Object> c = new HashMap<>();
        c.put("TASK_ID", (int) taskId);
        c.put("NODE", Columns.text("NODE", node));
        c.put("CLAIMED_AT", Columns.date(now));
        try {
            ao.create(WorkClaimEntity.class, c);
        } catch (RuntimeException e) {
            log.debug("Task {} already claimed by another node", taskId);
            return false;
        }
        // Read again after the claim: a node that completes a task deletes the task before its
        // claim, so a task still found here was not done meanwhile.
        if (ao.count(PendingWorkEntity.class, "ID = ?", (int) taskId) == 0
                || otherOfIssueClaimed(rows[0])) {
            ao.deleteWithSQL(WorkClaimEntity.class, "TASK_ID = ?", (int) taskId);
            return false;
        }
        return true;
    }

    @Override
    public int failed(long taskId) {
        PendingWorkEntity[] rows = ao.find(PendingWorkEntity.class, "ID = ?", (int) taskId);
        if (rows.length == 0) {
            return 0;
        }
        rows[0].setAttempts(rows[0].getAttempts() + 1);
        rows[0].save();
        return rows[0].getAttempts();
    }

    @Override
    public void complete(long taskId) {
        // Task first: while the claim stands no other node can claim the task, and once the task
        // is gone a late claim finds nothing to do.
        ao.deleteWithSQL(PendingWorkEntity.class, "ID = ?", (int) taskId);
        ao.deleteWithSQL(WorkClaimEntity.class, "TASK_ID = ?", (int) taskId);
    }

    @Override
    public void release(long taskId) {
        ao.deleteWithSQL(WorkClaimEntity.class, "TASK_ID = ?", (int) taskId);
    }

    @Override
    public Optional<PendingTask> nextOfIssue(long issueId) {
        PendingWorkEntity[] oldest =
                ao.find(
                        PendingWorkEntity.class,
                        Query.select().where("ISSUE_ID = ?", issueId).order("ID ASC").limit(1));
        if (oldest.length == 0 || claimed(oldest[0].getID())) {
            return Optional.empty();
        }
        return Optional.of(task(oldest[0]));
    }

    @Override
    public int releaseClaimsBefore(Instant before) {
        return ao.deleteWithSQL(WorkClaimEntity.class, "CLAIMED_AT < ?", Columns.date(before));
    }

    @Override
    public int removeIssue(long issueId, long keepTaskId) {
        return completeAll(
                ao.find(
                        PendingWorkEntity.class,
                        "ISSUE_ID = ? AND ID <> ?",
                        issueId,
                        (int) keepTaskId));
    }

    @Override
    public int removeIssueBefore(long issueId, long taskId) {
        return completeAll(
                ao.find(PendingWorkEntity.class, "ISSUE_ID = ? AND ID < ?", issueId, (int) taskId));
    }

    @Override
    public int countUser(String userKey) {
        return ao.count(PendingWorkEntity.class, "USER_KEY = ?", userKey);
    }

    @Override
    public int replaceUser(String oldKey, String newKey) {
        PendingWorkEntity[] rows = ao.find(PendingWorkEntity.class, "USER_KEY = ?", oldKey);
        for (PendingWorkEntity row : rows) {
            row.setUserKey(Columns.text("USER_KEY", newKey));
            row.save();
        }
        return rows.length;
    }

    private int completeAll(PendingWorkEntity[] rows) {
        for (PendingWorkEntity row : rows) {
            complete(row.getID());
        }
        return rows.length;
    }

    private boolean claimed(int taskId) {
        return ao.count(WorkClaimEntity.class, "TASK_ID = ?", taskId) > 0;
    }

    /** Whether a task of the row's issue was stored before it and is not done yet. */
    private boolean olderOfIssue(PendingWorkEntity row) {
        return ao.count(
                        PendingWorkEntity.class,
                        "ISSUE_ID = ? AND ID < ?",
                        row.getIssueId(),
                        row.getID())
                > 0;
    }

    /** Whether another task of the row's issue is claimed. */
    private boolean otherOfIssueClaimed(PendingWorkEntity row) {
        PendingWorkEntity[] others =
                ao.find(
                        PendingWorkEntity.class,
                        "ISSUE_ID = ? AND ID <> ?",
                        row.getIssueId(),
                        row.getID());
        for (PendingWorkEntity other : others) {
            if (claimed(other.getID())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> columns(PendingTask task, String eventKey) {
        Map<String, Object> c = new HashMap<>();
        c.put("EVENT_KEY", eventKey);
        c.put("ISSUE_ID", task.issue().issueId());
        c.put("ISSUE_KEY", Columns.text("ISSUE_KEY", task.issue().issueKey()));
        c.put("PROJECT_KEY", Columns.text("PROJECT_KEY", task.issue().projectKey()));
        c.put("KIND", task.kind().name());
        c.put("USER_KEY", Columns.text("USER_KEY", task.userKey()));
        c.put("QUEUED_AT", Columns.date(task.created()));
        c.put("ATTEMPTS", 0);
        return c;
    }

    private static PendingTask task(PendingWorkEntity row) {
        return new PendingTask(
                (long) row.getID(),
                row.getEventKey(),
                new IssueRef(row.getIssueId(), row.getIssueKey(), row.getProjectKey()),
                WorkKind.valueOf(row.getKind()),
                row.getUserKey(),
                Columns.instant(row.getQueuedAt()),
                row.getAttempts());
    }
}
