package io.smarttriage.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Map;

/** SAL plugin settings kept in a map the test owns, for stores written over them. */
public final class MemoryPluginSettings implements PluginSettings {
    private final Map<String, Object> values;

    private MemoryPluginSettings(Map<String, Object> values) {
        this.values = values;
    }

    /** Returns a factory whose global settings read and write {@code values}. */
    public static PluginSettingsFactory factory(Map<String, Object> values) {
        MemoryPluginSettings settings = new MemoryPluginSettings(values);
        return () -> settings;
    }

    @Override
    public Object get(String key) {
        return values.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        return values.put(key, value);
    }

    @Override
    public Object remove(String key) {
        return values.remove(key);
    }
}
