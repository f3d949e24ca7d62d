package io.smarttriage.web;

import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.AssignmentStrategy;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.FieldSettings;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.VersionedConfig;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

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
 * @param version the stored version the view shows (0: never saved); sent back with a change, the
 *     change is refused when another save came first; left out, the change replaces whatever is
 *     stored
 */
public record ConfigView(
        String projectKey,
        boolean enabled,
        Map<TargetField, FieldView> fields,
        String automationUserKey,
        List<String> agentPool,
        AssignmentStrategy assignmentStrategy,
        boolean customerNotice,
        Long version) {

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

    static ConfigView of(VersionedConfig stored) {
        ProjectConfig config = stored.config();
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
                config.customerNotice(),
                stored.version());
    }

    /** Returns the version the change is based on; empty when none was sent. */
    OptionalLong expectedVersion() {
        if (version == null) {
            return OptionalLong.empty();
        }
        if (version < 0) {
            throw new InvalidInput(
                    "smarttriage.rest.error.config.version", String.valueOf(version));
        }
        return OptionalLong.of(version);
    }

    /** Returns the configuration of {@code projectKey}; fails naming the bad value and rule. */
    ProjectConfig toConfig(String projectKey) {
        Map<TargetField, FieldSettings> settings = new EnumMap<>(TargetField.class);
        if (fields != null) {
            fields.forEach(
                    (f, v) -> {
                        if (v == null || v.mode() == null) {
                            throw new InvalidInput(
                                    "smarttriage.rest.error.config.mode",
                                    f.name(),
                                    Arrays.toString(FieldMode.values()));
                        }
                        settings.put(
                                f,
                                new FieldSettings(
                                        v.mode(),
                                        share(
                                                f,
                                                "threshold",
                                                v.threshold(),
                                                FieldSettings.DEFAULT_THRESHOLD),
                                        share(
                                                f,
                                                "precisionTarget",
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

    /** Returns the value, or the fallback when left out; fails unless it is 0 to 1. */
    private static double share(TargetField field, String name, Double value, double fallback) {
        if (value == null) {
            return fallback;
        }
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidInput(
                    "smarttriage.rest.error.config.share",
                    field.name(),
                    name,
                    String.valueOf(value));
        }
        return value;
    }
}
