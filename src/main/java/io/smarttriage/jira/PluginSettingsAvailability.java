package io.smarttriage.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.smarttriage.governance.AvailabilityStore;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps each project's availability JSON as a string in SAL global plugin settings, which Jira
 * stores in its database and every cluster node reads. Plugin settings cannot list their keys, so
 * the projects with stored JSON are found by asking for every project Jira knows; that is read only
 * when a user key changes or a user is anonymized, and no shared list can go stale.
 */
public class PluginSettingsAvailability implements AvailabilityStore {
    /** Key prefix; the project key follows. */
    public static final String PREFIX = "io.smarttriage.routing.availability.";

    private final PluginSettingsFactory settingsFactory;
    private final ProjectManager projects;

    /** Creates the store. */
    public PluginSettingsAvailability(
            PluginSettingsFactory settingsFactory, ProjectManager projects) {
        this.settingsFactory = settingsFactory;
        this.projects = projects;
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
        PluginSettings settings = settings();
        Set<String> keys = new TreeSet<>();
        for (Project project : projects.getProjects()) {
            if (json(settings, project.getKey()).isPresent()) {
                keys.add(project.getKey());
            }
        }
        return keys;
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
