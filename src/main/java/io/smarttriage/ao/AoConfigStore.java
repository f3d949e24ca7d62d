package io.smarttriage.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.AssignmentStrategy;
import io.smarttriage.governance.ConfigStore;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.FieldSettings;
import io.smarttriage.governance.ProjectConfig;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Project configurations in Active Objects. */
public class AoConfigStore implements ConfigStore {
    private final ActiveObjects ao;

    /** Creates a store on the app's Active Objects. */
    public AoConfigStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<ProjectConfig> find(String projectKey) {
        ProjectConfigEntity[] rows =
                ao.find(ProjectConfigEntity.class, "PROJECT_KEY = ?", projectKey);
        if (rows.length == 0) {
            return Optional.empty();
        }
        return Optional.of(toConfig(rows[0], fieldRows(projectKey)));
    }

    @Override
    public List<ProjectConfig> all() {
        return Arrays.stream(ao.find(ProjectConfigEntity.class, Query.select()))
                .map(row -> toConfig(row, fieldRows(row.getProjectKey())))
                .toList();
    }

    @Override
    public void save(ProjectConfig config) {
        ao.executeInTransaction(
                () -> {
                    String key = config.projectKey();
                    ProjectConfigEntity[] rows =
                            ao.find(ProjectConfigEntity.class, "PROJECT_KEY = ?", key);
                    ProjectConfigEntity row =
                            rows.length > 0
                                    ? rows[0]
                                    : ao.create(
                                            ProjectConfigEntity.class,
                                            new DBParam(
                                                    "PROJECT_KEY",
                                                    Columns.text("PROJECT_KEY", key)));
                    fill(row, config);
                    row.save();
                    ao.deleteWithSQL(FieldSettingEntity.class, "PROJECT_KEY = ?", key);
                    config.fields().forEach((field, settings) -> addField(key, field, settings));
                    return null;
                });
    }

    private Map<TargetField, FieldSettings> fieldRows(String projectKey) {
        Map<TargetField, FieldSettings> fields = new EnumMap<>(TargetField.class);
        for (FieldSettingEntity row :
                ao.find(FieldSettingEntity.class, "PROJECT_KEY = ?", projectKey)) {
            fields.put(
                    TargetField.valueOf(row.getField()),
                    new FieldSettings(
                            FieldMode.valueOf(row.getMode()),
                            row.getThreshold(),
                            row.getPrecisionTarget()));
        }
        return fields;
    }

    private void addField(String projectKey, TargetField field, FieldSettings settings) {
        ao.create(
                FieldSettingEntity.class,
                Map.of(
                        "PROJECT_KEY", projectKey,
                        "FIELD", field.name(),
                        "MODE", settings.mode().name(),
                        "THRESHOLD", settings.threshold(),
                        "PRECISION_TARGET", settings.precisionTarget()));
    }

    private static void fill(ProjectConfigEntity row, ProjectConfig config) {
        row.setEnabled(config.enabled());
        row.setAutomationUser(Columns.text("AUTOMATION_USER", config.automationUserKey()));
        row.setAgentPool(String.join("\n", config.agentPool()));
        row.setStrategy(config.assignmentStrategy().name());
        row.setCustomerNotice(config.customerNotice());
    }

    private static ProjectConfig toConfig(
            ProjectConfigEntity row, Map<TargetField, FieldSettings> fields) {
        String pool = row.getAgentPool();
        List<String> agents =
                pool == null || pool.isEmpty() ? List.of() : Arrays.asList(pool.split("\n"));
        return new ProjectConfig(
                row.getProjectKey(),
                row.isEnabled(),
                fields,
                row.getAutomationUser(),
                agents,
                AssignmentStrategy.valueOf(row.getStrategy()),
                row.isCustomerNotice());
    }
}
