package io.smarttriage.web;

import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.ProjectConfig;
import java.util.EnumMap;
import java.util.Map;

/**
 * JSON form of one project in the overview of stored triage configurations.
 *
 * @param projectKey the project
 * @param enabled whether triage runs
 * @param known whether Jira still knows a project with this key
 * @param modes the mode of every field
 */
public record ConfiguredProjectView(
        String projectKey, boolean enabled, boolean known, Map<TargetField, FieldMode> modes) {

    static ConfiguredProjectView of(ProjectConfig config, boolean known) {
        Map<TargetField, FieldMode> modes = new EnumMap<>(TargetField.class);
        for (TargetField field : TargetField.values()) {
            modes.put(field, config.settings(field).mode());
        }
        return new ConfiguredProjectView(config.projectKey(), config.enabled(), known, modes);
    }
}
