package io.smarttriage.standalone;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.smarttriage.ao.AoAuditLog;
import io.smarttriage.ao.AoConfigStore;
import io.smarttriage.ao.AoPendingWork;
import io.smarttriage.ao.Entities;
import io.smarttriage.ao.PendingWorkEntity;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.IssueRef;
import io.smarttriage.governance.PendingTask;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.WorkKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import net.java.ao.RawEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coordinates a replay: feeds an export's requests, in creation order, as events into the shared
 * pending-work table and lets node processes do the work, as in a Jira cluster. Each round's
 * creation events are triaged first; then the export's final values come back as correction events
 * (the issue resolved by an agent); then, unless it was the last round, one node retrains under the
 * round's database lock, and the next round starts once the new model versions are stored.
 */
final class ReplayRun {
    /** The user the replay's corrections are recorded as. */
    static final String AGENT = "replay-agent";

    private static final Logger log = LoggerFactory.getLogger(ReplayRun.class);
    private static final int POOL_SIZE = 4;
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration STALL = Duration.ofMinutes(5);
    private static final long STOP_SECONDS = 120;

    private final ReplayDatabase database;
    private final int nodeCount;
    private final int retrainEvery;

    ReplayRun(ReplayDatabase database, int nodeCount, int retrainEvery) {
        this.database = database;
        this.nodeCount = nodeCount;
        this.retrainEvery = retrainEvery;
    }

    /** Replays {@code tickets} (in creation order) and returns the figures. */
    ReplayOutcome run(List<Ticket> tickets) {
        long started = System.nanoTime();
        Path folder = folder();
        try (PooledActiveObjects db =
                PooledActiveObjects.open(database.address(), "replay", POOL_SIZE)) {
            ActiveObjects ao = db.ao();
            migrate(ao);
            enableProjects(ao, tickets);
            Path issues = folder.resolve("issues.json");
            ReplayIssues.write(tickets, issues);
            List<NodeReport> reports;
            try (ReplayProcesses nodes =
                    ReplayProcesses.start(database.address(), nodeCount, issues, folder)) {
                feed(ao, nodes, tickets);
                reports = nodes.awaitReports(STOP_SECONDS);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            ReplayOutcome outcome =
                    ReplayOutcome.measure(
                            tickets, new AoAuditLog(ao), rounds(tickets) - 1, reports, seconds);
            delete(folder);
            return outcome;
        }
    }

    private void feed(ActiveObjects ao, ReplayProcesses nodes, List<Ticket> tickets) {
        AoPendingWork work = new AoPendingWork(ao);
        IntSupplier pending = () -> ao.count(PendingWorkEntity.class, "ID > ?", 0);
        int rounds = rounds(tickets);
        for (int round = 1; round <= rounds; round++) {
            int start = (round - 1) * retrainEvery;
            int end = Math.min(tickets.size(), start + retrainEvery);
            long t0 = System.nanoTime();
            queue(work, tickets, start, end, WorkKind.TRIAGE);
            await(nodes, pending, "creation events of round " + round);
            long t1 = System.nanoTime();
            queue(work, tickets, start, end, WorkKind.RESOLVED);
            await(nodes, pending, "correction events of round " + round);
            long t2 = System.nanoTime();
            announce(ao, round, end, round == rounds);
            if (round < rounds) {
                int r = round;
                await(
                        nodes,
                        () ->
                                1
                                        - ao.count(
                                                ReplayTrainingEntity.class,
                                                "ROUND_NO = ? AND DONE = ?",
                                                r,
                                                true),
                        "retraining of round " + round);
            }
            log.info(
                    "Round {} of {}: {} requests triaged in {} ms, corrected in {} ms, retrained"
                            + " in {} ms",
                    round,
                    rounds,
                    end - start,
                    (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000,
                    (System.nanoTime() - t2) / 1_000_000);
        }
    }

    private int rounds(List<Ticket> tickets) {
        return Math.max(1, (tickets.size() + retrainEvery - 1) / retrainEvery);
    }

    private static void queue(
            AoPendingWork work, List<Ticket> tickets, int start, int end, WorkKind kind) {
        for (int i = start; i < end; i++) {
            Ticket t = tickets.get(i);
            IssueRef issue = new IssueRef(i + 1L, t.key(), t.project());
            boolean created = kind == WorkKind.TRIAGE;
            Instant when = created || t.resolved() == null ? t.created() : t.resolved();
            String event = (created ? "created-" : "resolved-") + t.key();
            work.add(new PendingTask(null, event, issue, kind, created ? null : AGENT, when));
        }
    }

    private static void announce(ActiveObjects ao, int round, int history, boolean finish) {
        Map<String, Object> row = new HashMap<>();
        row.put("ROUND_NO", round);
        row.put("HISTORY", history);
        row.put("FINISH", finish);
        ao.create(ReplayRoundEntity.class, row);
    }

    /** Waits until {@code left} reaches zero; fails when a node dies or nothing moves for long. */
    private static void await(ReplayProcesses nodes, IntSupplier left, String what) {
        int last = left.getAsInt();
        long moved = System.nanoTime();
        while (last > 0) {
            nodes.checkAlive();
            pause();
            int now = left.getAsInt();
            if (now != last) {
                last = now;
                moved = System.nanoTime();
            } else if (System.nanoTime() - moved > STALL.toNanos()) {
                throw new IllegalStateException(
                        "replay stalled: " + what + " left " + now + " for " + STALL);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted while the nodes worked", e);
        }
    }

    private static void migrate(ActiveObjects ao) {
        List<Class<? extends RawEntity<?>>> all = new ArrayList<>(Entities.ALL);
        all.add(ReplayRoundEntity.class);
        all.add(ReplayTrainingEntity.class);
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] types = all.toArray(new Class[0]);
        ao.migrate(types);
    }

    private static void enableProjects(ActiveObjects ao, List<Ticket> tickets) {
        AoConfigStore configs = new AoConfigStore(ao);
        ReplayNode.byProject(tickets)
                .forEach(
                        (project, issues) ->
                                configs.save(
                                        ProjectConfig.defaults(project)
                                                .withEnabled(true)
                                                .withUsers(null, ReplayStaff.poolOf(issues))));
    }

    private static void delete(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new IllegalStateException("cannot remove the replay's folder " + folder, e);
        }
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("smart-triage-replay");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the replay's working folder", e);
        }
    }
}
