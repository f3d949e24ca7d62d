package io.smarttriage.standalone;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smarttriage.ao.AoAuditLog;
import io.smarttriage.ao.AoConfigStore;
import io.smarttriage.ao.AoModelArchive;
import io.smarttriage.ao.AoPendingWork;
import io.smarttriage.ao.WorkClaimEntity;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.ArchivedModelTriager;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.ModelArchive;
import io.smarttriage.governance.ModelTrainer;
import io.smarttriage.governance.PendingTask;
import io.smarttriage.governance.PendingWorkStore;
import io.smarttriage.governance.StoredModel;
import io.smarttriage.governance.TriageService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One simulated cluster node: its own database connection, its own triager (which loads the newest
 * model version from the shared archive) and the same governance services the Jira adapter uses. It
 * takes creation events from the shared pending-work table and may train under the database lock of
 * a round.
 */
final class ReplayNode {
    private static final int BATCH = 8;

    private final String name;
    private final int index;
    private final ActiveObjects ao;
    private final PendingWorkStore work;
    private final ModelArchive archive;
    private final TriageService triage;
    private final Clock clock;
    private final ConcurrentMap<String, Set<String>> versionUsers;
    private int decided;

    ReplayNode(
            int index,
            ActiveObjects ao,
            Clock clock,
            ConcurrentMap<String, Set<String>> versionUsers) {
        this.name = "node-" + (index + 1);
        this.index = index;
        this.ao = ao;
        this.work = new AoPendingWork(ao);
        this.archive = new AoModelArchive(ao);
        this.clock = clock;
        this.versionUsers = versionUsers;
        this.triage =
                new TriageService(
                        new AoConfigStore(ao),
                        ArchivedModelTriager.rechecking(archive, clock, Duration.ZERO),
                        new AoAuditLog(ao),
                        new ReplayIssueWriter(),
                        clock);
    }

    String name() {
        return name;
    }

    /** Issues this node triaged. */
    int decided() {
        return decided;
    }

    /** Takes and triages unclaimed creation events until the shared table has none left. */
    void drain(Map<Long, Ticket> issues) {
        List<PendingTask> tasks = work.unclaimed(BATCH);
        while (!tasks.isEmpty()) {
            for (PendingTask task : rotated(tasks)) {
                if (work.claim(task.id(), name, clock.instant())) {
                    Ticket ticket = issues.get(task.issue().issueId());
                    note(triage.triage(task.issue(), ticket, Map.of()));
                    work.complete(task.id());
                    decided++;
                }
            }
            tasks = work.unclaimed(BATCH);
        }
    }

    /**
     * Trains every project of {@code history} with at least {@code minHistory} requests, if this
     * node gets the lock of the round: a row with a unique key that only one node can insert.
     *
     * @return whether this node got the lock and trained
     */
    boolean tryTrain(int round, Map<String, List<Ticket>> history, ModelTrainer trainer, int min) {
        if (!lock(round)) {
            return false;
        }
        history.forEach(
                (project, tickets) -> {
                    if (tickets.size() >= min) {
                        archive.save(
                                new StoredModel(
                                        0L,
                                        project,
                                        clock.instant(),
                                        provenance(project, tickets.size(), trainer, round),
                                        trainer.train(tickets)));
                    }
                });
        return true;
    }

    private boolean lock(int round) {
        Map<String, Object> row = new HashMap<>();
        row.put("TASK_ID", -round);
        row.put("NODE", name);
        row.put("CLAIMED_AT", Date.from(clock.instant()));
        try {
            ao.create(WorkClaimEntity.class, row);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void note(List<AuditRecord> records) {
        for (AuditRecord r : records) {
            if (r.modelVersion() != null && !r.modelVersion().isEmpty()) {
                versionUsers
                        .computeIfAbsent(r.modelVersion(), v -> ConcurrentHashMap.newKeySet())
                        .add(name);
            }
        }
    }

    private List<PendingTask> rotated(List<PendingTask> tasks) {
        List<PendingTask> order = new ArrayList<>(tasks);
        Collections.rotate(order, -(index % order.size()));
        return order;
    }

    private String provenance(String project, int size, ModelTrainer trainer, int round) {
        Map<String, Object> p = new HashMap<>();
        p.put("scope", project);
        p.put("requests", size);
        p.put("trainer", trainer.describe());
        p.put("round", round);
        p.put("node", name);
        try {
            return new ObjectMapper().writeValueAsString(p);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("provenance of " + project + " is not JSON", e);
        }
    }
}
