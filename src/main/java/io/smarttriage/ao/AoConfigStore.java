package io.smarttriage.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.AssignmentStrategy;
import io.smarttriage.governance.ConfigStore;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.FieldSettings;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.StaleConfigException;
import io.smarttriage.governance.VersionedConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Project configurations in Active Objects. A save runs in one transaction: it deletes the project
 * row only if it still holds the version the save read (the compare-and-set that makes a concurrent
 * save wait, then fail and retry), replaces the field rows and creates the project row with the
 * next version. A read takes the project row, its field rows and the project row again, and repeats
 * when a save replaced the row in between, so it never returns a mix of two saves.
 */
public class AoConfigStore implements ConfigStore {
    /** Most attempts of a last-write-wins save, or of a read, while other saves interleave. */
    static final int MAX_ATTEMPTS = 20;

    /** Longest pause before another attempt of a save, per attempt so far, in milliseconds. */
    static final int BACKOFF_MILLIS = 10;

    private static final Logger log = LoggerFactory.getLogger(AoConfigStore.class);

    private final ActiveObjects ao;

    /** Creates a store on the app's Active Objects. */
    public AoConfigStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<VersionedConfig> findVersioned(String projectKey) {
        VersionedConfig last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            ProjectConfigEntity[] before = projectRows(projectKey);
            if (before.length == 0) {
                return Optional.empty();
            }
            last =
                    new VersionedConfig(
                            toConfig(before[0], fieldRows(projectKey)), version(before[0]));
            ProjectConfigEntity[] after = projectRows(projectKey);
            if (after.length > 0 && after[0].getID() == before[0].getID()) {
                return Optional.of(last);
            }
        }
        log.warn(
                "Configuration of project {} changed during each of {} reads; using the last",
                projectKey,
                MAX_ATTEMPTS);
        return Optional.of(last);
    }

    @Override
    public List<ProjectConfig> all() {
        List<ProjectConfig> configs = new ArrayList<>();
        for (ProjectConfigEntity row : ao.find(ProjectConfigEntity.class, Query.select())) {
            find(row.getProjectKey()).ifPresent(configs::add);
        }
        return configs;
    }

    @Override
    public long save(ProjectConfig config, OptionalLong expectedVersion) {
        String key = config.projectKey();
        for (int attempt = 1; ; attempt++) {
            ProjectConfigEntity[] rows = projectRows(key);
            long read = rows.length == 0 ? 0 : version(rows[0]);
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != read) {
                throw new StaleConfigException(key, expectedVersion.getAsLong(), read);
            }
            Integer id = rows.length == 0 ? null : rows[0].getID();
            try {
                return ao.executeInTransaction(() -> replace(config, id, read));
            } catch (ConcurrentSave e) {
                log.debug("Configuration of project {} replaced during the save", key);
            } catch (RuntimeException e) {
                // A first save that lost the race to create the row fails on the unique key.
                if (storedVersion(key) == read) {
                    throw e;
                }
            }
            if (expectedVersion.isPresent()) {
                throw new StaleConfigException(
                        key, expectedVersion.getAsLong(), storedVersion(key));
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException(
                        "configuration of project "
                                + key
                                + ": other saves interleaved with each of "
                                + MAX_ATTEMPTS
                                + " attempts; nothing saved");
            }
            pause(attempt);
        }
    }

    /** Waits a random while growing with the attempts, so two looping savers fall out of step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1L + BACKOFF_MILLIS * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a configuration save", e);
        }
    }

    /**
     * Replaces the project row {@code id} (none when {@code null}) if it still holds version {@code
     * read}, then the field rows. Writes the project table first, as every save does, so databases
     * that lock whole tables never deadlock two saves.
     */
    private long replace(ProjectConfig config, Integer id, long read) {
        String key = config.projectKey();
        if (id != null) {
            int claimed =
                    read == 0
                            ? ao.deleteWithSQL(
                                    ProjectConfigEntity.class,
                                    "ID = ? AND (CONFIG_VERSION IS NULL OR CONFIG_VERSION = 0)",
                                    id)
                            : ao.deleteWithSQL(
                                    ProjectConfigEntity.class,
                                    "ID = ? AND CONFIG_VERSION = ?",
                                    id,
                                    read);
            if (claimed == 0) {
                throw new ConcurrentSave();
            }
        }
        ao.create(ProjectConfigEntity.class, columns(config, read + 1));
        ao.deleteWithSQL(FieldSettingEntity.class, "PROJECT_KEY = ?", key);
        config.fields().forEach((field, settings) -> addField(key, field, settings));
        return read + 1;
    }

    private long storedVersion(String projectKey) {
        ProjectConfigEntity[] rows = projectRows(projectKey);
        return rows.length == 0 ? 0 : version(rows[0]);
    }

    private ProjectConfigEntity[] projectRows(String projectKey) {
        return ao.find(ProjectConfigEntity.class, "PROJECT_KEY = ?", projectKey);
    }

    private static long version(ProjectConfigEntity row) {
        Long version = row.getConfigVersion();
        return version == null ? 0 : version;
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

    private static Map<String, Object> columns(ProjectConfig config, long version) {
        Map<String, Object> c = new HashMap<>();
        c.put("PROJECT_KEY", Columns.text("PROJECT_KEY", config.projectKey()));
        c.put("ENABLED", config.enabled());
        if (config.automationUserKey() != null) {
            c.put("AUTOMATION_USER", Columns.text("AUTOMATION_USER", config.automationUserKey()));
        }
        c.put("AGENT_POOL", String.join("\n", config.agentPool()));
        c.put("STRATEGY", config.assignmentStrategy().name());
        c.put("CUSTOMER_NOTICE", config.customerNotice());
        c.put("CONFIG_VERSION", version);
        return c;
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

    /** Another save replaced the project row after this one read it; rolls the save back. */
    private static final class ConcurrentSave extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConcurrentSave() {
            super("configuration replaced by a concurrent save", null, false, false);
        }
    }
}
