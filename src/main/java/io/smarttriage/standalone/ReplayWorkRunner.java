package io.smarttriage.standalone;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.AuditLog;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.ConfigStore;
import io.smarttriage.governance.FeedbackRecorder;
import io.smarttriage.governance.PendingTask;
import io.smarttriage.governance.PendingWorkStore;
import io.smarttriage.governance.PrecisionMonitor;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.TrainingExampleStore;
import io.smarttriage.governance.TriageService;
import io.smarttriage.governance.Triager;
import io.smarttriage.governance.WorkKind;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Does one piece of pending work in a replay node the way the Jira adapter's pending-work runner
 * does: claims it, triages a created issue or hands a person's later values to the feedback
 * recorder and the precision monitor, and removes the task. The issue comes from the replay's issue
 * store instead of Jira; a failure is not retried but stops the node, and so the replay.
 *
 * <p>The claim-and-perform steps repeat those of {@code io.smarttriage.jira.PendingWorkRunner},
 * which reads the issue from Jira; a governance class that does the work from an issue's ticket and
 * field values, called by both, would remove the copy.
 */
final class ReplayWorkRunner {
    private final String node;
    private final PendingWorkStore work;
    private final ConfigStore configs;
    private final TriageService triage;
    private final FeedbackRecorder feedback;
    private final PrecisionMonitor monitor;
    private final Clock clock;
    private int triaged;
    private int corrections;
    private int judged;

    ReplayWorkRunner(
            String node,
            PendingWorkStore work,
            ConfigStore configs,
            AuditLog audit,
            Triager triager,
            TrainingExampleStore examples,
            Clock clock) {
        this.node = node;
        this.work = work;
        this.configs = configs;
        this.triage = new TriageService(configs, triager, audit, new ReplayIssueWriter(), clock);
        this.feedback = new FeedbackRecorder(audit, examples, clock);
        this.monitor = new PrecisionMonitor(configs, audit, clock);
        this.clock = clock;
    }

    /**
     * Claims and does the task about {@code issue}.
     *
     * @return the decisions made, empty when another node had the task or it was a correction
     */
    List<AuditRecord> run(PendingTask task, Ticket issue) {
        if (!work.claim(task.id(), node, clock.instant())) {
            return List.of();
        }
        List<AuditRecord> made = perform(task, issue);
        work.complete(task.id());
        return made;
    }

    int triaged() {
        return triaged;
    }

    int corrections() {
        return corrections;
    }

    int judged() {
        return judged;
    }

    private List<AuditRecord> perform(PendingTask task, Ticket issue) {
        if (task.kind() == WorkKind.TRIAGE) {
            triaged++;
            return triage.triage(task.issue(), issue, Map.of());
        }
        ProjectConfig config = configs.configFor(task.issue().projectKey());
        if (Objects.equals(task.userKey(), config.automationUserKey())) {
            return List.of();
        }
        corrections++;
        int now =
                feedback.observe(
                        task.issue().issueId(),
                        task.issue().projectKey(),
                        values(issue),
                        task.userKey(),
                        task.created(),
                        task.kind() == WorkKind.RESOLVED);
        judged += now;
        if (now > 0) {
            for (TargetField field : TargetField.values()) {
                monitor.check(task.issue().projectKey(), field);
            }
        }
        return List.of();
    }

    /** The issue's field values as people left them: the export's final values. */
    static Map<TargetField, String> values(Ticket issue) {
        Map<TargetField, String> values = new EnumMap<>(TargetField.class);
        for (TargetField field : TargetField.values()) {
            values.put(field, field.valueOf(issue));
        }
        return values;
    }
}
