package io.smarttriage.standalone;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smarttriage.ao.AoAuditLog;
import io.smarttriage.ao.AoConfigStore;
import io.smarttriage.ao.AoModelArchive;
import io.smarttriage.ao.AoPendingWork;
import io.smarttriage.ao.AoTrainingExamples;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.ArchivedModelTriager;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.ModelArchive;
import io.smarttriage.governance.ModelTrainer;
import io.smarttriage.governance.PendingTask;
import io.smarttriage.governance.PendingWorkStore;
import io.smarttriage.governance.RoutingTriager;
import io.smarttriage.governance.StoredModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/**
 * One node of the replay, run in its own process: it talks to the other nodes and to the
 * coordinator only through the shared database. It claims pending work (creation and correction
 * events) and does it with the app's governance services, and after each round it tries to take the
 * round's training lock; the node that gets it retrains every project on the requests created so
 * far and stores the model versions, which every node then loads from the database.
 */
final class ReplayNode {
    /** Fewest requests a project needs before a model is trained, as in the nightly job. */
    static final int MIN_HISTORY = 50;

    private static final int BATCH = 8;

    private final String name;
    private final ActiveObjects ao;
    private final List<Ticket> issues;
    private final Clock clock;
    private final ReplayClock requestTime = new ReplayClock(Instant.EPOCH);
    private final PendingWorkStore work;
    private final ModelArchive archive;
    private final ReplayWorkRunner runner;
    private final ModelTrainer trainer;
    private final Set<String> versions = new LinkedHashSet<>();
    private final List<Integer> trained = new ArrayList<>();
    private int lastRound;
    private boolean finished;

    ReplayNode(String name, ActiveObjects ao, List<Ticket> issues, ModelTrainer trainer) {
        this.name = name;
        this.ao = ao;
        this.issues = issues;
        this.trainer = trainer;
        this.clock = Clock.systemUTC();
        this.work = new AoPendingWork(ao);
        this.archive = new AoModelArchive(ao);
        AoConfigStore configs = new AoConfigStore(ao);
        ReplayStaff staff = new ReplayStaff(issues, requestTime::instant);
        AoAuditLog audit = new AoAuditLog(ao);
        this.runner =
                new ReplayWorkRunner(
                        name,
                        work,
                        configs,
                        audit,
                        RoutingTriager.at(
                                requestTime,
                                ArchivedModelTriager.rechecking(archive, clock, Duration.ZERO),
                                configs,
                                staff,
                                staff,
                                new AroundTheClock(),
                                audit),
                        new AoTrainingExamples(ao),
                        clock);
    }

    /**
     * Works until the coordinator's last round is seen and no work is left; then reports.
     *
     * @param coordinator the coordinator's process; the node gives up when it has ended
     */
    NodeReport run(Duration poll, ProcessHandle coordinator) {
        while (true) {
            boolean busy = drain();
            busy |= followRounds();
            if (!busy && finished && work.unclaimed(1).isEmpty()) {
                return report();
            }
            if (!busy) {
                if (!coordinator.isAlive()) {
                    throw new IllegalStateException(
                            "replay coordinator process " + coordinator.pid() + " has ended");
                }
                pause(poll);
            }
        }
    }

    private boolean drain() {
        boolean busy = false;
        List<PendingTask> tasks = work.unclaimed(BATCH);
        while (!tasks.isEmpty()) {
            for (PendingTask task : rotated(tasks)) {
                Ticket ticket = issues.get((int) task.issue().issueId() - 1);
                requestTime.set(ticket.created());
                runner.run(task, ticket).forEach(this::note);
                busy = true;
            }
            tasks = work.unclaimed(BATCH);
        }
        return busy;
    }

    private boolean followRounds() {
        Query newer = Query.select().where("ROUND_NO > ?", lastRound).order("ROUND_NO ASC");
        ReplayRoundEntity[] rounds = ao.find(ReplayRoundEntity.class, newer);
        for (ReplayRoundEntity round : rounds) {
            lastRound = round.getRoundNo();
            if (round.isFinish()) {
                finished = true;
            } else {
                tryTrain(lastRound, round.getHistory());
            }
        }
        return rounds.length > 0;
    }

    private void tryTrain(int round, int history) {
        Map<String, Object> row = new HashMap<>();
        row.put("ROUND_NO", round);
        row.put("NODE", name);
        row.put("DONE", false);
        ReplayTrainingEntity lock;
        try {
            lock = ao.create(ReplayTrainingEntity.class, row);
        } catch (RuntimeException e) {
            if (ao.count(ReplayTrainingEntity.class, "ROUND_NO = ?", round) == 0) {
                throw e;
            }
            return;
        }
        byProject(issues.subList(0, history))
                .forEach(
                        (project, tickets) -> {
                            if (tickets.size() >= MIN_HISTORY) {
                                archive.save(
                                        new StoredModel(
                                                0L,
                                                project,
                                                clock.instant(),
                                                provenance(project, tickets.size(), round),
                                                trainer.train(tickets)));
                            }
                        });
        lock.setDone(true);
        lock.save();
        trained.add(round);
    }

    private void note(AuditRecord record) {
        if (record.modelVersion() != null && !record.modelVersion().isEmpty()) {
            versions.add(record.modelVersion());
        }
    }

    private NodeReport report() {
        return new NodeReport(
                name,
                ProcessHandle.current().pid(),
                runner.triaged(),
                runner.corrections(),
                runner.judged(),
                List.copyOf(versions),
                List.copyOf(trained));
    }

    private List<PendingTask> rotated(List<PendingTask> tasks) {
        List<PendingTask> order = new ArrayList<>(tasks);
        Collections.rotate(order, -(Math.floorMod(name.hashCode(), order.size())));
        return order;
    }

    private static void pause(Duration poll) {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay node interrupted while waiting for work", e);
        }
    }

    static Map<String, List<Ticket>> byProject(List<Ticket> tickets) {
        Map<String, List<Ticket>> groups = new LinkedHashMap<>();
        for (Ticket t : tickets) {
            groups.computeIfAbsent(t.project(), p -> new ArrayList<>()).add(t);
        }
        return groups;
    }

    private String provenance(String project, int size, int round) {
        Map<String, Object> p = new HashMap<>();
        p.put("scope", project);
        p.put("requests", size);
        p.put("trainer", trainer.describe());
        p.put("round", round);
        p.put("node", name);
        try {
            return new ObjectMapper().writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("provenance of " + project + " is not JSON", e);
        }
    }
}
