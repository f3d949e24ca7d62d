package io.smarttriage.governance;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Steps a field down from auto to suggest mode when the measured precision of its recent applied
 * values falls below the field's target, and says why in the audit log.
 */
public final class PrecisionMonitor {
    /** Applied decisions looked at, newest first. */
    public static final int WINDOW = 50;

    /** Judged decisions needed before precision is trusted. */
    public static final int MIN_JUDGED = 20;

    private final ConfigStore configs;
    private final AuditLog audit;
    private final Clock clock;

    /** Creates a monitor over the given stores. */
    public PrecisionMonitor(ConfigStore configs, AuditLog audit, Clock clock) {
        this.configs = configs;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks one field of a project and steps it down if needed.
     *
     * @return the audit record of the step-down, if there was one
     */
    public Optional<AuditRecord> check(String projectKey, TargetField field) {
        ProjectConfig config = configs.configFor(projectKey);
        FieldSettings settings = config.settings(field);
        if (settings.mode() != FieldMode.AUTO) {
            return Optional.empty();
        }
        long after = lastStepDown(projectKey, field);
        List<AuditRecord> judged =
                audit.recent(projectKey, field, Action.APPLY, WINDOW).stream()
                        .filter(r -> r.id() > after)
                        .filter(r -> r.applied() && r.correction().feedback().judged())
                        .toList();
        if (judged.size() < MIN_JUDGED) {
            return Optional.empty();
        }
        double precision = precision(judged);
        if (precision >= settings.precisionTarget()) {
            return Optional.empty();
        }
        if (!configs.update(projectKey, c -> suggestInstead(c, field))) {
            return Optional.empty();
        }
        return Optional.of(audit.append(stepDown(projectKey, field, precision, judged, settings)));
    }

    /** The configuration with the field in suggest mode, or {@code null} when it left auto. */
    private static ProjectConfig suggestInstead(ProjectConfig config, TargetField field) {
        FieldSettings settings = config.settings(field);
        return settings.mode() == FieldMode.AUTO
                ? config.withField(field, settings.withMode(FieldMode.SUGGEST))
                : null;
    }

    /**
     * Returns the id of the field's latest step-down, or 0. Decisions before it were measured
     * already; when an administrator sets the field to auto again, only newer ones count.
     */
    private long lastStepDown(String projectKey, TargetField field) {
        return audit.recent(projectKey, field, Action.MODE_CHANGED, 1).stream()
                .mapToLong(AuditRecord::id)
                .findFirst()
                .orElse(0L);
    }

    private static double precision(List<AuditRecord> judged) {
        long kept = judged.stream().filter(r -> r.correction().feedback() == Feedback.KEPT).count();
        return (double) kept / judged.size();
    }

    private AuditRecord stepDown(
            String projectKey,
            TargetField field,
            double precision,
            List<AuditRecord> judged,
            FieldSettings settings) {
        Explanation note =
                Explanation.of(
                        "smarttriage.why.precision.below-target",
                        String.format(Locale.ROOT, "%.3f", precision),
                        String.valueOf(judged.size()),
                        String.format(Locale.ROOT, "%.3f", settings.precisionTarget()));
        return new AuditRecord(
                null,
                0L,
                projectKey,
                clock.instant(),
                field,
                null,
                precision,
                judged.get(0).modelVersion(),
                FieldMode.SUGGEST,
                new Verdict(Action.MODE_CHANGED, Reason.PRECISION_BELOW_TARGET),
                false,
                Correction.NONE,
                note);
    }
}
