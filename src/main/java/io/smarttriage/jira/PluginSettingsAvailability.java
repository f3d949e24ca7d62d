package io.smarttriage.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.smarttriage.governance.AvailabilityStore;
import java.util.Optional;

/**
 * Keeps each project's availability JSON as a string in SAL global plugin settings, which Jira
 * stores in its database and every cluster node reads.
 */
public class PluginSettingsAvailability implements AvailabilityStore {
    /** Key prefix; the project key follows. */
    public static final String PREFIX = "io.smarttriage.routing.availability.";

    private final PluginSettingsFactory settingsFactory;

    /** Creates the store. */
    public PluginSettingsAvailability(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public Optional<String> json(String projectKey) {
        Object value = settings().get(PREFIX + projectKey);
        return value instanceof String text && !text.isBlank()
                ? Optional.of(text)
                : Optional.empty();
    }

    @Override
    public void save(String projectKey, String json) {
        settings().put(PREFIX + projectKey, json);
    }

    @Override
    public void clear(String projectKey) {
        settings().remove(PREFIX + projectKey);
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
