package io.smarttriage.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.smarttriage.governance.AvailabilityStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps each project's availability JSON as a string in SAL global plugin settings, which Jira
 * stores in its database and every cluster node reads. Plugin settings cannot list their keys, so a
 * list of the project keys with stored JSON is kept beside them; when that list is missing, it is
 * built once from the projects Jira knows.
 */
public class PluginSettingsAvailability implements AvailabilityStore {
    /** Key prefix; the project key follows. */
    public static final String PREFIX = "io.smarttriage.routing.availability.";

    /** Key of the list of project keys with stored JSON; no project key follows the prefix. */
    public static final String INDEX_KEY = "io.smarttriage.routing.availability-projects";

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
        PluginSettings settings = settings();
        Set<String> keys = projectKeys(settings);
        settings.put(PREFIX + projectKey, json);
        if (keys.add(projectKey)) {
            settings.put(INDEX_KEY, new ArrayList<>(keys));
        }
    }

    @Override
    public void clear(String projectKey) {
        PluginSettings settings = settings();
        Set<String> keys = projectKeys(settings);
        settings.remove(PREFIX + projectKey);
        if (keys.remove(projectKey)) {
            settings.put(INDEX_KEY, new ArrayList<>(keys));
        }
    }

    @Override
    public Set<String> projectKeys() {
        return projectKeys(settings());
    }

    /** Returns the stored list, after building and storing it when it is missing. */
    private Set<String> projectKeys(PluginSettings settings) {
        Object stored = settings.get(INDEX_KEY);
        Set<String> keys = new TreeSet<>();
        if (stored instanceof List<?> list) {
            list.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .forEach(keys::add);
            return keys;
        }
        for (Project project : projects.getProjects()) {
            if (json(settings, project.getKey()).isPresent()) {
                keys.add(project.getKey());
            }
        }
        settings.put(INDEX_KEY, new ArrayList<>(keys));
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
