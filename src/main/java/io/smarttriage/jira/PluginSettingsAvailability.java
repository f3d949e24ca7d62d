package io.smarttriage.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.smarttriage.governance.AvailabilityStore;
import io.smarttriage.governance.ConfigStore;
import io.smarttriage.governance.ProjectConfig;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps each project's availability JSON as a string in SAL global plugin settings, which Jira
 * stores in its database and every cluster node reads. Plugin settings cannot list their keys, so
 * the projects with stored JSON are looked for among the projects Jira lists and those with a
 * stored triage configuration; that is read only when a user key changes or a user is anonymized,
 * and no shared list can go stale. Jira does not list archived projects, so the JSON of an archived
 * project that never had a stored triage configuration is not found; keeping availability in the
 * app's Active Objects tables would remove that gap.
 */
public class PluginSettingsAvailability implements AvailabilityStore {
    /** Key prefix; the project key follows. */
    public static final String PREFIX = "io.smarttriage.routing.availability.";

    private final PluginSettingsFactory settingsFactory;
    private final ProjectManager projects;
    private final ConfigStore configs;

    /** Creates the store. */
    public PluginSettingsAvailability(
            PluginSettingsFactory settingsFactory, ProjectManager projects, ConfigStore configs) {
        this.settingsFactory = settingsFactory;
        this.projects = projects;
        this.configs = configs;
    }

    @Override
    public Optional<String> json(String projectKey) {
        return json(settings(), projectKey);
    }

    @Override
    public void save(String projectKey, String json) {
        settings().put(PREFIX + projectKey, json);
    }

    @Override
    public void clear(String projectKey) {
        settings().remove(PREFIX + projectKey);
    }

    @Override
    public Set<String> projectKeys() {
        Set<String> candidates = new TreeSet<>();
        for (Project project : projects.getProjects()) {
            candidates.add(project.getKey());
        }
        for (ProjectConfig config : configs.all()) {
            candidates.add(config.projectKey());
        }
        PluginSettings settings = settings();
        candidates.removeIf(key -> json(settings, key).isEmpty());
        return candidates;
    }

    private static Optional<String> json(PluginSettings settings, String projectKey) {
        Object value = settings.get(PREFIX + projectKey);
        return value instanceof String text && !text.isBlank()
                ? Optional.of(text)
                : Optional.empty();
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
