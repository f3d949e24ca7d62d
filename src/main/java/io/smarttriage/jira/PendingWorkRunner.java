package io.smarttriage.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.AuditLog;
import io.smarttriage.governance.ConfigStore;
import io.smarttriage.governance.FeedbackRecorder;
import io.smarttriage.governance.IssueRecords;
import io.smarttriage.governance.IssueWriter;
import io.smarttriage.governance.PendingTask;
import io.smarttriage.governance.PendingWorkStore;
import io.smarttriage.governance.PrecisionMonitor;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.TrainingExampleStore;
import io.smarttriage.governance.TriageService;
import io.smarttriage.governance.Triager;
import io.smarttriage.governance.WorkKind;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does one piece of pending work on a worker thread: claims it (so no other node does it too),
 * reads the issue, triages it or learns from what a person did, and removes the task. A task that
 * fails unexpectedly (an exception or an error) counts the failed attempt, keeps its claim and is
 * retried once the claim has expired; after {@link #MAX_ATTEMPTS} failed attempts it is given up:
 * logged as an error, a triage recorded as failed in the audit log, and the task removed. A task
 * that ends in an exception while its worker thread is interrupted or the app is stopping was cut
 * short by the shutdown, not failed: its claim is released and no attempt is counted.
 */
public class PendingWorkRunner {
    /** Failed attempts after which a task is given up. */
    public static final int MAX_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(PendingWorkRunner.class);

    private final PendingWorkStore work;
    private final IssueManager issues;
    private final IssueFields fields;
    private final ConfigStore configs;
    private final TriageService triage;
    private final FeedbackRecorder feedback;
    private final PrecisionMonitor monitor;
    private final IssueRecords records;
    private final Clock clock;
    private final String node;

    /** Creates a runner over the app's stores and Jira's issue manager. */
    public PendingWorkRunner(
            PendingWorkStore work,
            IssueManager issues,
            IssueFields fields,
            ConfigStore configs,
            AuditLog audit,
            TrainingExampleStore examples,
            Triager triager,
            IssueWriter writer) {
        this(
                work,
                issues,
                fields,
                configs,
                new Services(audit, examples, triager, writer),
                Clock.systemUTC(),
                "node-" + UUID.randomUUID());
    }

    PendingWorkRunner(
            PendingWorkStore work,
            IssueManager issues,
            IssueFields fields,
            ConfigStore configs,
            Services services,
            Clock clock,
            String node) {
        this.work = work;
        this.issues = issues;
        this.fields = fields;
        this.configs = configs;
        this.triage =
                new TriageService(
                        configs, services.triager(), services.audit(), services.writer(), clock);
        this.feedback = new FeedbackRecorder(services.audit(), services.examples(), clock);
        this.monitor = new PrecisionMonitor(configs, services.audit(), clock);
        this.records = new IssueRecords(services.audit(), services.examples(), work);
        this.clock = clock;
        this.node = node;
    }

    /** Claims and does the task; returns whether this node did it. */
    public boolean run(PendingTask task) {
        return run(task, () -> false);
    }

    /**
     * Claims and does the task; returns whether this node did it.
     *
     * @param stopping whether the app is stopping, so that a task cut short then stays stored
     *     without a failed attempt
     */
    boolean run(PendingTask task, BooleanSupplier stopping) {
        if (!work.claim(task.id(), node, clock.instant())) {
            return false;
        }
        try {
            perform(task);
        } catch (RuntimeException | Error e) {
            if (Thread.currentThread().isInterrupted() || stopping.getAsBoolean()) {
                keepForLater(task, e);
                return true;
            }
            // Errors count as failed attempts too (a class missing from a model library, a model
            // too deep to read), so a task that always ends in one is given up as well.
            int attempts = work.failed(task.id());
            if (attempts < MAX_ATTEMPTS) {
                log.error(
                        "{} work for issue {} (id {}) failed, attempt {} of {}; retried when its"
                                + " claim expires",
                        task.kind(),
                        task.issue().issueKey(),
                        task.issue().issueId(),
                        attempts,
                        MAX_ATTEMPTS,
                        e);
                return true;
            }
            giveUp(task, attempts, e);
        }
        work.complete(task.id());
        return true;
    }

    private void keepForLater(PendingTask task, Throwable cause) {
        log.info(
                "{} work for issue {} (id {}, task {}) cut short by shutdown ({}); it stays stored"
                        + " and is not counted as a failed attempt",
                task.kind(),
                task.issue().issueKey(),
                task.issue().issueId(),
                task.id(),
                cause.toString());
        try {
            work.release(task.id());
        } catch (RuntimeException e) {
            log.info(
                    "Claim on task {} not released ({}); it is released when it expires",
                    task.id(),
                    e.toString());
        }
    }

    private void giveUp(PendingTask task, int attempts, Throwable cause) {
        log.error(
                "{} work for issue {} (id {}, task {}) failed {} times; given up",
                task.kind(),
                task.issue().issueKey(),
                task.issue().issueId(),
                task.id(),
                attempts,
                cause);
        if (task.kind() != WorkKind.TRIAGE) {
            return;
        }
        try {
            triage.recordGivenUp(task.issue(), cause);
        } catch (RuntimeException e) {
            log.error(
                    "Could not record the given-up triage of issue {} (id {}) in the audit log",
                    task.issue().issueKey(),
                    task.issue().issueId(),
                    e);
        }
    }

    private void perform(PendingTask task) {
        if (task.kind().housekeeping()) {
            keepInStep(task);
            return;
        }
        MutableIssue issue = issues.getIssueObject(task.issue().issueId());
        if (issue == null) {
            log.info(
                    "Issue {} no longer exists; its {} work is dropped",
                    task.issue().issueKey(),
                    task.kind());
            return;
        }
        String projectNow = issue.getProjectObject().getKey();
        if (!projectNow.equals(task.issue().projectKey())) {
            log.info(
                    "Issue {} moved from project {} to {}; its {} work queued before the move is"
                            + " dropped",
                    task.issue().issueKey(),
                    task.issue().projectKey(),
                    projectNow,
                    task.kind());
            return;
        }
        if (task.kind() == WorkKind.TRIAGE) {
            triage.triageOnce(task.issue(), IssueFields.ticket(issue), fields.currentStates(issue));
            return;
        }
        ProjectConfig config = configs.configFor(task.issue().projectKey());
        if (Objects.equals(task.userKey(), config.automationUserKey())) {
            return;
        }
        int judged =
                feedback.observe(
                        task.issue().issueId(),
                        task.issue().projectKey(),
                        fields.values(issue),
                        task.userKey(),
                        task.created(),
                        task.kind() == WorkKind.RESOLVED);
        if (judged > 0) {
            for (TargetField field : TargetField.values()) {
                monitor.check(task.issue().projectKey(), field);
            }
        }
    }

    private void keepInStep(PendingTask task) {
        long issueId = task.issue().issueId();
        IssueRecords.Removed removed =
                task.kind() == WorkKind.PURGE
                        ? records.purge(issueId, task.id())
                        : records.moved(issueId, task.id());
        log.info(
                "{} of issue {} (id {}): removed {} decisions, {} corrections, {} queued tasks",
                task.kind(),
                task.issue().issueKey(),
                issueId,
                removed.decisions(),
                removed.corrections(),
                removed.tasks());
    }

    /** The governance ports the runner builds its services from. */
    record Services(
            AuditLog audit, TrainingExampleStore examples, Triager triager, IssueWriter writer) {}
}
