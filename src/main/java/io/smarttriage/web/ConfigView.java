package io.smarttriage.web;

import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.AssignmentStrategy;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.FieldSettings;
import io.smarttriage.governance.ProjectConfig;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * JSON form of a project's triage configuration.
 *
 * @param projectKey the project
 * @param enabled whether triage runs
 * @param fields per field: mode, threshold, precision target
 * @param automationUserKey user key the app acts as
 * @param agentPool user keys of agents the app may assign to
 * @param assignmentStrategy how an assignee is chosen
 * @param customerNotice whether customers get a notice
 */
public record ConfigView(
        String projectKey,
        boolean enabled,
        Map<TargetField, FieldView> fields,
        String automationUserKey,
        List<String> agentPool,
        AssignmentStrategy assignmentStrategy,
        boolean customerNotice) {

    /**
     * JSON form of one field's settings.
     *
     * @param mode how far automation goes
     * @param threshold confidence needed, 0 to 1; when left out, {@link
     *     FieldSettings#DEFAULT_THRESHOLD}
     * @param precisionTarget precision auto mode must keep, 0 to 1; when left out, {@link
     *     FieldSettings#DEFAULT_PRECISION_TARGET}
     */
    public record FieldView(FieldMode mode, Double threshold, Double precisionTarget) {}

    static ConfigView of(ProjectConfig config) {
        Map<TargetField, FieldView> fields = new EnumMap<>(TargetField.class);
        config.fields()
                .forEach(
                        (f, s) ->
                                fields.put(
                                        f,
                                        new FieldView(
                                                s.mode(), s.threshold(), s.precisionTarget())));
        return new ConfigView(
                config.projectKey(),
                config.enabled(),
                fields,
                config.automationUserKey(),
                config.agentPool(),
                config.assignmentStrategy(),
                config.customerNotice());
    }

    /** Returns the configuration of {@code projectKey}; fails naming the bad value. */
    ProjectConfig toConfig(String projectKey) {
        Map<TargetField, FieldSettings> settings = new EnumMap<>(TargetField.class);
        if (fields != null) {
            fields.forEach(
                    (f, v) -> {
                        if (v == null || v.mode() == null) {
                            throw new IllegalArgumentException("field " + f + " needs a mode");
                        }
                        settings.put(
                                f,
                                new FieldSettings(
                                        v.mode(),
                                        orDefault(v.threshold(), FieldSettings.DEFAULT_THRESHOLD),
                                        orDefault(
                                                v.precisionTarget(),
                                                FieldSettings.DEFAULT_PRECISION_TARGET)));
                    });
        }
        return new ProjectConfig(
                projectKey,
                enabled,
                settings,
                automationUserKey,
                agentPool,
                assignmentStrategy == null ? AssignmentStrategy.PREDICTED : assignmentStrategy,
                customerNotice);
    }

    private static double orDefault(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
