package io.smarttriage.governance;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Triages one new request: predicts, decides per field under the project's configuration, writes
 * applied values through the {@link IssueWriter} and records every decision in the audit log.
 *
 * <p>Values a person rejected or replaced for the issue before are never offered again. A failing
 * model is recorded as a failed decision for every field that is not off; it never throws. Work
 * that may be retried uses {@link #triageOnce}, which leaves out the fields decided before.
 *
 * <p>Triage may run minutes after the request was created (a full queue, a retry). When the tracker
 * says the issue is resolved by then, every decision that would have been recorded, suggested or
 * applied is recorded as skipped with {@link Reason#ISSUE_RESOLVED}, and nothing is written or
 * commented.
 *
 * <p>A value is written only while the field still holds what was read before deciding; when a
 * person changed it in between, the decision is recorded as a suggestion with {@link
 * Reason#SET_BY_PERSON}, as if the person's value had been read, and nothing is written.
 */
public final class TriageService {
    private static final Logger log = LoggerFactory.getLogger(TriageService.class);

    private static final Explanation REFUSED = Explanation.of("smarttriage.why.apply.refused");

    private final ConfigStore configs;
    private final Triager triager;
    private final AuditLog audit;
    private final IssueWriter writer;
    private final Clock clock;
    private final DecisionPolicy policy = new DecisionPolicy();

    /** Creates a service over the given ports. */
    public TriageService(
            ConfigStore configs, Triager triager, AuditLog audit, IssueWriter writer, Clock clock) {
        this.configs = configs;
        this.triager = triager;
        this.audit = audit;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Triages an issue.
     *
     * @param states current field values; fields not in the map count as empty and untouched
     * @return the audit records written, empty when the project is disabled
     */
    public List<AuditRecord> triage(
            IssueRef issue, Ticket ticket, Map<TargetField, FieldState> states) {
        return triage(issue, ticket, states, false);
    }

    /**
     * Triages an issue once: fields that already have a decision about the issue are left out, so a
     * task that is retried after it failed half-way adds no second decision, write or comment.
     *
     * @return the audit records written; empty when every field was decided before
     */
    public List<AuditRecord> triageOnce(
            IssueRef issue, Ticket ticket, Map<TargetField, FieldState> states) {
        return triage(issue, ticket, states, true);
    }

    /**
     * Records that triage of an issue was given up: a failed decision for every field that is not
     * off and has no decision about the issue yet, as when the model fails.
     *
     * @param cause what made the last attempt fail; its type is the records' note
     * @return the audit records written, empty when the project is disabled
     */
    public List<AuditRecord> recordGivenUp(IssueRef issue, Throwable cause) {
        ProjectConfig config = configs.configFor(issue.projectKey());
        if (!config.enabled()) {
            return List.of();
        }
        Set<TargetField> decided =
                audit.forIssue(issue.issueId()).stream()
                        .map(AuditRecord::field)
                        .collect(Collectors.toSet());
        return recordFailure(issue, config, cause, decided);
    }

    private List<AuditRecord> triage(
            IssueRef issue, Ticket ticket, Map<TargetField, FieldState> states, boolean once) {
        ProjectConfig config = configs.configFor(issue.projectKey());
        if (!config.enabled()) {
            return List.of();
        }
        List<AuditRecord> earlier = audit.forIssue(issue.issueId());
        Set<TargetField> decided =
                once
                        ? earlier.stream().map(AuditRecord::field).collect(Collectors.toSet())
                        : Set.of();
        List<FieldPrediction> predictions;
        try {
            predictions =
                    triager.predict(ticket).stream()
                            .filter(p -> !decided.contains(p.field()))
                            .toList();
        } catch (RuntimeException e) {
            log.warn("Triage of issue {} failed", issue.issueKey(), e);
            return recordFailure(issue, config, e, decided);
        }
        return decideAll(issue, config, predictions, states, rejected(earlier));
    }

    private List<AuditRecord> decideAll(
            IssueRef issue,
            ProjectConfig config,
            List<FieldPrediction> predictions,
            Map<TargetField, FieldState> states,
            Map<TargetField, Set<String>> rejected) {
        List<AuditRecord> records = new ArrayList<>();
        List<FieldDecision> applied = new ArrayList<>();
        boolean resolved = !predictions.isEmpty() && writer.resolved(issue);
        for (FieldPrediction prediction : predictions) {
            FieldSettings settings = config.settings(prediction.field());
            if (settings.mode() == FieldMode.OFF) {
                continue;
            }
            FieldState state = withRejected(states.get(prediction.field()), rejected, prediction);
            Verdict verdict = policy.decide(prediction, settings, state);
            if (resolved && verdict.action() != Action.SKIP) {
                verdict = new Verdict(Action.SKIP, Reason.ISSUE_RESOLVED);
            }
            FieldDecision decision = new FieldDecision(prediction, settings, verdict);
            AuditRecord record = carryOut(issue, config, decision, state);
            if (record.applied()) {
                applied.add(decision);
            }
            records.add(audit.append(record));
        }
        announce(issue, config, applied);
        return records;
    }

    private AuditRecord carryOut(
            IssueRef issue, ProjectConfig config, FieldDecision decision, FieldState state) {
        if (decision.verdict().action() != Action.APPLY) {
            Explanation note =
                    !state.available()
                            ? state.unavailable()
                            : decision.verdict().reason() == Reason.ABSTAINED
                                    ? decision.prediction().explanation()
                                    : Explanation.NONE;
            return record(issue, decision, decision.verdict(), false, note);
        }
        try {
            IssueWriter.Written written = writer.apply(issue, decision, config, state);
            if (written == IssueWriter.Written.WRITTEN) {
                return record(issue, decision, decision.verdict(), true, Explanation.NONE);
            }
            if (written == IssueWriter.Written.CHANGED_SINCE_READ) {
                Verdict personSet = new Verdict(Action.SUGGEST, Reason.SET_BY_PERSON);
                return record(issue, decision, personSet, false, Explanation.NONE);
            }
            return record(issue, decision, failed(Reason.APPLY_FAILED), false, REFUSED);
        } catch (RuntimeException e) {
            log.warn(
                    "Applying {} to issue {} failed",
                    decision.prediction().field(),
                    issue.issueKey(),
                    e);
            return record(issue, decision, failed(Reason.APPLY_FAILED), false, failure(e));
        }
    }

    private void announce(IssueRef issue, ProjectConfig config, List<FieldDecision> applied) {
        if (applied.isEmpty()) {
            return;
        }
        try {
            writer.announce(issue, applied, config);
        } catch (RuntimeException e) {
            log.warn("Commenting on issue {} failed", issue.issueKey(), e);
        }
    }

    private List<AuditRecord> recordFailure(
            IssueRef issue, ProjectConfig config, Throwable e, Set<TargetField> decided) {
        List<AuditRecord> records = new ArrayList<>();
        for (TargetField field : TargetField.values()) {
            FieldSettings settings = config.settings(field);
            if (settings.mode() != FieldMode.OFF && !decided.contains(field)) {
                FieldDecision none =
                        new FieldDecision(
                                new FieldPrediction(field, null, 0.0, "", Explanation.NONE),
                                settings,
                                failed(Reason.TRIAGE_FAILED));
                records.add(audit.append(record(issue, none, none.verdict(), false, failure(e))));
            }
        }
        return records;
    }

    private AuditRecord record(
            IssueRef issue, FieldDecision d, Verdict verdict, boolean applied, Explanation note) {
        FieldPrediction p = d.prediction();
        return new AuditRecord(
                null,
                issue.issueId(),
                issue.projectKey(),
                clock.instant(),
                p.field(),
                p.value(),
                p.confidence(),
                p.modelVersion(),
                d.settings().mode(),
                verdict,
                applied,
                Correction.NONE,
                note);
    }

    private static Explanation failure(Throwable e) {
        return Explanation.of("smarttriage.why.failure", e.getClass().getName());
    }

    private static Verdict failed(Reason reason) {
        return new Verdict(Action.FAILED, reason);
    }

    private static Map<TargetField, Set<String>> rejected(List<AuditRecord> earlier) {
        return earlier.stream()
                .filter(r -> r.predictedValue() != null)
                .filter(
                        r ->
                                r.correction().feedback() == Feedback.CHANGED
                                        || r.correction().feedback() == Feedback.REJECTED)
                .collect(
                        Collectors.groupingBy(
                                AuditRecord::field,
                                Collectors.mapping(
                                        AuditRecord::predictedValue, Collectors.toSet())));
    }

    private static FieldState withRejected(
            FieldState state, Map<TargetField, Set<String>> rejected, FieldPrediction p) {
        FieldState base = state == null ? FieldState.empty() : state;
        Set<String> more = rejected.getOrDefault(p.field(), Set.of());
        if (more.isEmpty()) {
            return base;
        }
        Set<String> all = new HashSet<>(base.rejectedValues());
        all.addAll(more);
        return new FieldState(base.currentValue(), base.setByPerson(), all, base.unavailable());
    }
}
