package com.atlassian.sal.api.pluginsettings;

/** Host API stub: creates database-backed settings stores. */
public interface PluginSettingsFactory {
    PluginSettings createGlobalSettings();
}
