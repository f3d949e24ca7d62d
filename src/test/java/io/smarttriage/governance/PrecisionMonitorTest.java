package io.smarttriage.governance;

import static io.smarttriage.governance.Records.decision;
import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import io.smarttriage.i18n.BundleText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrecisionMonitorTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private final MemoryConfigStore configs = new MemoryConfigStore();
    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private final PrecisionMonitor monitor = new PrecisionMonitor(configs, audit, clock);

    @Test
    void givenAutoFieldWithPrecisionBelowTarget_check_stepsDownToSuggestAndAuditsWhy() {
        autoPriority(0.85);
        judgedApplied(14, 10);

        Optional<AuditRecord> stepDown = monitor.check("HELP", TargetField.PRIORITY);

        assertThat(configs.configFor("HELP").settings(TargetField.PRIORITY).mode())
                .isEqualTo(FieldMode.SUGGEST);
        assertThat(stepDown)
                .get()
                .satisfies(
                        r -> {
                            assertThat(r.verdict())
                                    .isEqualTo(
                                            new Verdict(
                                                    Action.MODE_CHANGED,
                                                    Reason.PRECISION_BELOW_TARGET));
                            assertThat(r.note())
                                    .isEqualTo(
                                            Explanation.of(
                                                    "smarttriage.why.precision.below-target",
                                                    "0.583",
                                                    "24",
                                                    "0.850"));
                            assertThat(BundleText.english(r.note()))
                                    .isEqualTo(
                                            "precision 0.583 over the last 24 judged applied"
                                                    + " decisions is below the target 0.850:"
                                                    + " mode AUTO -> SUGGEST");
                        });
    }

    @Test
    void givenAutoFieldMeetingTarget_check_keepsAutoMode() {
        autoPriority(0.85);
        judgedApplied(22, 2);

        Optional<AuditRecord> stepDown = monitor.check("HELP", TargetField.PRIORITY);

        assertThat(stepDown).isEmpty();
        assertThat(configs.configFor("HELP").settings(TargetField.PRIORITY).mode())
                .isEqualTo(FieldMode.AUTO);
    }

    @Test
    void givenTooFewJudgedDecisions_check_keepsAutoMode() {
        autoPriority(0.85);
        judgedApplied(0, PrecisionMonitor.MIN_JUDGED - 1);

        Optional<AuditRecord> stepDown = monitor.check("HELP", TargetField.PRIORITY);

        assertThat(stepDown).isEmpty();
    }

    @Test
    void givenFieldSetBackToAutoAfterAStepDown_check_keepsAutoUntilNewDecisionsAreJudged() {
        autoPriority(0.85);
        judgedApplied(14, 10);
        monitor.check("HELP", TargetField.PRIORITY);
        autoPriority(0.85);
        judgedApplied(1, 0);

        Optional<AuditRecord> stepDown = monitor.check("HELP", TargetField.PRIORITY);

        assertThat(stepDown).isEmpty();
        assertThat(configs.configFor("HELP").settings(TargetField.PRIORITY).mode())
                .isEqualTo(FieldMode.AUTO);
    }

    private void autoPriority(double target) {
        configs.save(
                ProjectConfig.defaults("HELP")
                        .withEnabled(true)
                        .withField(
                                TargetField.PRIORITY,
                                new FieldSettings(FieldMode.AUTO, 0.8, target)));
    }

    private void judgedApplied(int kept, int changed) {
        for (int i = 0; i < kept + changed; i++) {
            AuditRecord r =
                    audit.append(decision(i, TargetField.PRIORITY, "High", Action.APPLY, T0));
            Feedback feedback = i < kept ? Feedback.KEPT : Feedback.CHANGED;
            audit.correct(r.id(), new Correction(feedback, "agent", "x", T0));
        }
    }
}
