package io.smarttriage.standalone;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.smarttriage.ao.AoAuditLog;
import io.smarttriage.ao.AoConfigStore;
import io.smarttriage.ao.AoPendingWork;
import io.smarttriage.ao.AoTrainingExamples;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.AuditLog;
import io.smarttriage.governance.FeedbackRecorder;
import io.smarttriage.governance.FieldModelsTrainer;
import io.smarttriage.governance.IssueRef;
import io.smarttriage.governance.PendingTask;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.WorkKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Replays an export through the app's pipeline as if its requests were created in Jira one after
 * another: rounds of creation events go to the shared pending-work table and the nodes triage them;
 * then the export's final values come back as agents' corrections (feedback and training examples),
 * and one node, under a database lock, retrains every project on the history so far.
 */
final class ReplayRun {
    /** The user the replay's corrections are recorded as. */
    static final String AGENT = "replay-agent";

    /** Fewest requests a project needs before a model is trained, as in the nightly job. */
    static final int MIN_HISTORY = 50;

    private final ReplayDatabase database;
    private final int nodeCount;
    private final int retrainEvery;
    private final Clock clock = Clock.systemUTC();

    ReplayRun(ReplayDatabase database, int nodeCount, int retrainEvery) {
        this.database = database;
        this.nodeCount = nodeCount;
        this.retrainEvery = retrainEvery;
    }

    /** Replays {@code tickets} (in creation order) and returns the figures. */
    ReplayOutcome run(List<Ticket> tickets) {
        database.migrate();
        ActiveObjects admin = database.connect();
        enableProjects(admin, tickets);
        ConcurrentMap<String, Set<String>> versionUsers = new ConcurrentHashMap<>();
        List<ReplayNode> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(new ReplayNode(i, database.connect(), clock, versionUsers));
        }
        AuditLog audit = new AoAuditLog(admin);
        FeedbackRecorder feedback =
                new FeedbackRecorder(audit, new AoTrainingExamples(admin), clock);
        Map<Long, Ticket> issues = new ConcurrentHashMap<>();
        List<Integer> trainers = new ArrayList<>();
        for (int start = 0; start < tickets.size(); start += retrainEvery) {
            int end = Math.min(tickets.size(), start + retrainEvery);
            queue(new AoPendingWork(admin), tickets, start, end, issues);
            ReplayThreads.each(nodes, node -> node.drain(issues));
            correct(feedback, tickets, start, end);
            Map<String, List<Ticket>> history = byProject(tickets.subList(0, end));
            int round = trainers.size() + 1;
            trainers.add(
                    ReplayThreads.count(
                            nodes,
                            node ->
                                    node.tryTrain(
                                            round,
                                            history,
                                            new FieldModelsTrainer(),
                                            MIN_HISTORY)));
        }
        return ReplayOutcome.measure(tickets, audit, trainers, nodes, versionUsers);
    }

    private static void enableProjects(ActiveObjects ao, List<Ticket> tickets) {
        AoConfigStore configs = new AoConfigStore(ao);
        byProject(tickets)
                .keySet()
                .forEach(p -> configs.save(ProjectConfig.defaults(p).withEnabled(true)));
    }

    private static void queue(
            AoPendingWork work,
            List<Ticket> tickets,
            int start,
            int end,
            Map<Long, Ticket> issues) {
        for (int i = start; i < end; i++) {
            Ticket t = tickets.get(i);
            long id = i + 1L;
            issues.put(id, t);
            work.add(
                    new PendingTask(
                            null,
                            "created-" + t.key(),
                            new IssueRef(id, t.key(), t.project()),
                            WorkKind.TRIAGE,
                            null,
                            t.created()));
        }
    }

    private static void correct(
            FeedbackRecorder feedback, List<Ticket> tickets, int start, int end) {
        for (int i = start; i < end; i++) {
            Ticket t = tickets.get(i);
            Instant when = t.resolved() == null ? t.created() : t.resolved();
            feedback.observe(i + 1L, finalValues(t), AGENT, when, true);
        }
    }

    static Map<TargetField, String> finalValues(Ticket ticket) {
        Map<TargetField, String> values = new EnumMap<>(TargetField.class);
        for (TargetField field : TargetField.values()) {
            values.put(field, field.valueOf(ticket));
        }
        return values;
    }

    private static Map<String, List<Ticket>> byProject(List<Ticket> tickets) {
        Map<String, List<Ticket>> groups = new LinkedHashMap<>();
        for (Ticket t : tickets) {
            groups.computeIfAbsent(t.project(), p -> new ArrayList<>()).add(t);
        }
        return groups;
    }
}
