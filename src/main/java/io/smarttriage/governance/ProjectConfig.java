package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Triage configuration of one project. {@link TargetField#CATEGORY} stands for the request type or
 * category.
 *
 * @param projectKey the project, never blank
 * @param enabled whether new requests in the project are triaged at all
 * @param fields settings for every target field (missing ones get {@link FieldSettings#DEFAULT})
 * @param automationUserKey user key the app acts as when it changes issues, or {@code null}
 * @param agentPool user keys of the agents the app may assign to
 * @param assignmentStrategy how an assignee is chosen
 * @param customerNotice whether customers get a public notice about automatic categorization
 */
public record ProjectConfig(
        String projectKey,
        boolean enabled,
        Map<TargetField, FieldSettings> fields,
        String automationUserKey,
        List<String> agentPool,
        AssignmentStrategy assignmentStrategy,
        boolean customerNotice) {

    /** Checks the key, fills missing field settings and copies the collections. */
    public ProjectConfig {
        if (projectKey == null || projectKey.isBlank()) {
            throw new IllegalArgumentException(
                    "project key must not be blank, was '" + projectKey + "'");
        }
        Map<TargetField, FieldSettings> complete = new EnumMap<>(TargetField.class);
        for (TargetField field : TargetField.values()) {
            complete.put(field, fields == null ? null : fields.get(field));
            complete.putIfAbsent(field, FieldSettings.DEFAULT);
        }
        fields = Map.copyOf(complete);
        agentPool = agentPool == null ? List.of() : List.copyOf(agentPool);
        Objects.requireNonNull(assignmentStrategy, "assignmentStrategy");
    }

    /**
     * The configuration of a project nobody has configured: disabled, every field in shadow mode
     * with default thresholds, no automation user, no customer notice.
     */
    public static ProjectConfig defaults(String projectKey) {
        return new ProjectConfig(
                projectKey, false, Map.of(), null, List.of(), AssignmentStrategy.PREDICTED, false);
    }

    /** Returns the settings of one field. */
    public FieldSettings settings(TargetField field) {
        return fields.get(field);
    }

    /** Returns this configuration with one field's settings replaced. */
    public ProjectConfig withField(TargetField field, FieldSettings settings) {
        Map<TargetField, FieldSettings> changed = new EnumMap<>(fields);
        changed.put(field, Objects.requireNonNull(settings, "settings"));
        return new ProjectConfig(
                projectKey,
                enabled,
                changed,
                automationUserKey,
                agentPool,
                assignmentStrategy,
                customerNotice);
    }

    /** Returns this configuration switched on or off. */
    public ProjectConfig withEnabled(boolean on) {
        return new ProjectConfig(
                projectKey,
                on,
                fields,
                automationUserKey,
                agentPool,
                assignmentStrategy,
                customerNotice);
    }

    /** Returns this configuration with another automation user and agent pool. */
    public ProjectConfig withUsers(String newAutomationUserKey, List<String> newAgentPool) {
        return new ProjectConfig(
                projectKey,
                enabled,
                fields,
                newAutomationUserKey,
                newAgentPool,
                assignmentStrategy,
                customerNotice);
    }
}
