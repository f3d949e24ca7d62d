package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.i18n.BundleText;
import io.smarttriage.routing.Exclusion;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriageServiceTest {
    private static final Explanation UNASSIGNED =
            Explanation.of(
                    Phrase.of("smarttriage.why.routing.unassigned")
                            .with(List.of(Exclusion.AWAY.counted(2))));
    private static final Explanation NOT_A_DESK =
            Explanation.of("smarttriage.why.field.not-service-desk", "HELP");
    private static final IssueRef ISSUE = new IssueRef(10_001L, "HELP-1", "HELP");
    private static final Ticket TICKET = Ticket.builder("HELP-1", Instant.EPOCH).build();

    private final MemoryConfigStore configs = new MemoryConfigStore();
    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final RecordingWriter writer = new RecordingWriter();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void givenDisabledProject_triage_recordsNothing() {
        TriageService service = service(t -> List.of(priority("High", 0.99)));

        List<AuditRecord> records = service.triage(ISSUE, TICKET, Map.of());

        assertThat(records).isEmpty();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void givenAutoPriority_triage_appliesAnnouncesAndAudits() {
        enable(TargetField.PRIORITY, FieldMode.AUTO);
        TriageService service = service(t -> List.of(priority("High", 0.95)));

        List<AuditRecord> records = service.triage(ISSUE, TICKET, Map.of());

        assertThat(records)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.applied()).isTrue();
                            assertThat(r.predictedValue()).isEqualTo("High");
                            assertThat(r.mode()).isEqualTo(FieldMode.AUTO);
                            assertThat(r.time()).isEqualTo(clock.instant());
                        });
        assertThat(writer.applied).extracting(d -> d.prediction().value()).containsExactly("High");
        assertThat(writer.announcements).hasSize(1);
    }

    @Test
    void givenShadowDefaults_triage_recordsWithoutWriting() {
        configs.save(ProjectConfig.defaults("HELP").withEnabled(true));
        TriageService service = service(t -> List.of(priority("High", 0.95)));

        List<AuditRecord> records = service.triage(ISSUE, TICKET, Map.of());

        assertThat(records).extracting(AuditRecord::action).containsExactly(Action.RECORD_ONLY);
        assertThat(writer.applied).isEmpty();
        assertThat(writer.announcements).isEmpty();
    }

    @Test
    void givenFailingModel_triage_recordsFailedDecisionPerActiveField() {
        enable(TargetField.PRIORITY, FieldMode.OFF);
        TriageService service =
                service(
                        t -> {
                            throw new IllegalStateException("no model");
                        });

        List<AuditRecord> records = service.triage(ISSUE, TICKET, Map.of());

        assertThat(records).hasSize(3).allMatch(r -> r.action() == Action.FAILED);
        assertThat(records).extracting(AuditRecord::field).doesNotContain(TargetField.PRIORITY);
        assertThat(records.get(0).note())
                .isEqualTo(
                        Explanation.of(
                                "smarttriage.why.failure", IllegalStateException.class.getName()));
        assertThat(BundleText.english(records.get(0).note()))
                .isEqualTo("failed with java.lang.IllegalStateException");
    }

    @Test
    void givenWriterRefuses_triage_recordsApplyFailure() {
        enable(TargetField.PRIORITY, FieldMode.AUTO);
        writer.refuse = true;
        TriageService service = service(t -> List.of(priority("High", 0.95)));

        List<AuditRecord> records = service.triage(ISSUE, TICKET, Map.of());

        assertThat(records)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.verdict())
                                    .isEqualTo(new Verdict(Action.FAILED, Reason.APPLY_FAILED));
                            assertThat(r.applied()).isFalse();
                        });
        assertThat(writer.announcements).isEmpty();
    }

    @Test
    void givenValueRejectedEarlierForIssue_triageAgain_doesNotOfferItAgain() {
        enable(TargetField.PRIORITY, FieldMode.SUGGEST);
        TriageService service = service(t -> List.of(priority("High", 0.95)));
        AuditRecord first = service.triage(ISSUE, TICKET, Map.of()).get(0);
        feedback().reject(first.id(), "agent-1");

        List<AuditRecord> second = service.triage(ISSUE, TICKET, Map.of());

        assertThat(second)
                .extracting(AuditRecord::verdict)
                .containsExactly(new Verdict(Action.SKIP, Reason.REJECTED_BEFORE));
    }

    @Test
    void givenFieldDecidedBefore_triageOnce_decidesOnlyTheOtherFields() {
        FieldSettings auto = new FieldSettings(FieldMode.AUTO, 0.8, 0.85);
        configs.save(
                ProjectConfig.defaults("HELP")
                        .withEnabled(true)
                        .withField(TargetField.PRIORITY, auto)
                        .withField(TargetField.COMPONENT, auto));
        TriageService service =
                service(
                        t ->
                                List.of(
                                        priority("High", 0.95),
                                        new FieldPrediction(
                                                TargetField.COMPONENT,
                                                "HELP/Mail",
                                                0.95,
                                                "v1",
                                                Explanation.NONE)));
        audit.append(
                Records.decision(
                        ISSUE.issueId(),
                        TargetField.PRIORITY,
                        "High",
                        Action.APPLY,
                        Instant.EPOCH));

        List<AuditRecord> records = service.triageOnce(ISSUE, TICKET, Map.of());

        assertThat(records).extracting(AuditRecord::field).containsExactly(TargetField.COMPONENT);
        assertThat(writer.applied)
                .extracting(d -> d.prediction().field())
                .containsExactly(TargetField.COMPONENT);
    }

    @Test
    void givenPersonSetPriority_triageInAutoMode_neverOverwritesIt() {
        enable(TargetField.PRIORITY, FieldMode.AUTO);
        TriageService service = service(t -> List.of(priority("High", 0.99)));
        FieldState personSet = new FieldState("Low", true, Set.of());

        List<AuditRecord> records =
                service.triage(ISSUE, TICKET, Map.of(TargetField.PRIORITY, personSet));

        assertThat(records).extracting(AuditRecord::action).containsExactly(Action.SUGGEST);
        assertThat(writer.applied).isEmpty();
    }

    @Test
    void givenPersonChangedPriorityAfterTriageReadIt_triageInAutoMode_suggestsWithoutComment() {
        enable(TargetField.PRIORITY, FieldMode.AUTO);
        writer.changedAfterRead.add(TargetField.PRIORITY);
        TriageService service = service(t -> List.of(priority("High", 0.99)));
        FieldState read = new FieldState("Medium", false, Set.of());

        List<AuditRecord> records =
                service.triage(ISSUE, TICKET, Map.of(TargetField.PRIORITY, read));

        assertThat(records)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.verdict())
                                    .isEqualTo(new Verdict(Action.SUGGEST, Reason.SET_BY_PERSON));
                            assertThat(r.applied()).isFalse();
                        });
        assertThat(writer.reads).containsExactly(read);
        assertThat(writer.applied).isEmpty();
        assertThat(writer.announcements).isEmpty();
    }

    @Test
    void givenIssueResolvedBeforeTriageRan_triage_recordsEveryDecisionSkippedAndWritesNothing() {
        configs.save(
                ProjectConfig.defaults("HELP")
                        .withEnabled(true)
                        .withField(
                                TargetField.PRIORITY, new FieldSettings(FieldMode.AUTO, 0.8, 0.85))
                        .withField(
                                TargetField.COMPONENT,
                                new FieldSettings(FieldMode.SUGGEST, 0.8, 0.85)));
        FieldPrediction component =
                new FieldPrediction(
                        TargetField.COMPONENT, "HELP/VPN", 0.97, "v1", Explanation.NONE);
        TriageService service = service(t -> List.of(priority("High", 0.99), component));
        writer.issueResolved = true;

        List<AuditRecord> records = service.triageOnce(ISSUE, TICKET, Map.of());

        assertThat(records)
                .extracting(AuditRecord::verdict)
                .containsOnly(new Verdict(Action.SKIP, Reason.ISSUE_RESOLVED))
                .hasSize(2);
        assertThat(records).noneMatch(AuditRecord::applied);
        assertThat(writer.applied).isEmpty();
        assertThat(writer.announcements).isEmpty();
    }

    @Test
    void givenAssigneeAbstentionWithReason_triage_recordsReasonAsNote() {
        enable(TargetField.ASSIGNEE, FieldMode.AUTO);
        FieldPrediction nobody =
                new FieldPrediction(TargetField.ASSIGNEE, null, 0.0, "v1", UNASSIGNED);
        TriageService service = service(t -> List.of(nobody));

        List<AuditRecord> records = service.triage(ISSUE, TICKET, Map.of());

        assertThat(records)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.verdict().reason()).isEqualTo(Reason.ABSTAINED);
                            assertThat(r.note()).isEqualTo(UNASSIGNED);
                            assertThat(r.applied()).isFalse();
                        });
    }

    @Test
    void givenRequestTypeOutsideServiceDesk_triageInAutoMode_skipsAndRecordsWhy() {
        enable(TargetField.CATEGORY, FieldMode.AUTO);
        TriageService service =
                service(
                        t ->
                                List.of(
                                        new FieldPrediction(
                                                TargetField.CATEGORY,
                                                "12",
                                                0.99,
                                                "v1",
                                                Explanation.NONE)));
        FieldState none = FieldState.unavailable(NOT_A_DESK);

        List<AuditRecord> records =
                service.triage(ISSUE, TICKET, Map.of(TargetField.CATEGORY, none));

        assertThat(records)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.verdict())
                                    .isEqualTo(new Verdict(Action.SKIP, Reason.FIELD_UNAVAILABLE));
                            assertThat(r.note()).isEqualTo(NOT_A_DESK);
                        });
        assertThat(writer.applied).isEmpty();
    }

    private FeedbackRecorder feedback() {
        return new FeedbackRecorder(audit, new MemoryExamples(), clock);
    }

    private void enable(TargetField field, FieldMode mode) {
        configs.save(
                ProjectConfig.defaults("HELP")
                        .withEnabled(true)
                        .withField(field, new FieldSettings(mode, 0.8, 0.85)));
    }

    private TriageService service(Triager triager) {
        return new TriageService(configs, triager, audit, writer, clock);
    }

    private static FieldPrediction priority(String value, double confidence) {
        return new FieldPrediction(
                TargetField.PRIORITY,
                value,
                confidence,
                "v1",
                Explanation.of("smarttriage.why.model.terms", "outage"));
    }
}
