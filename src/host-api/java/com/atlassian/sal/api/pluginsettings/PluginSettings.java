package com.atlassian.sal.api.pluginsettings;

/** Host API stub: a key-value store of Strings, lists and maps, visible to every node. */
public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
