package io.smarttriage.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import org.junit.jupiter.api.Test;

class PluginSettingsAvailabilityTest {
    private static final String KEY = PluginSettingsAvailability.PREFIX + "HELP";

    private final PluginSettings settings = mock(PluginSettings.class);
    private final PluginSettingsAvailability store = store();

    @Test
    void givenJson_save_putsItUnderTheProjectsGlobalKey() {
        store.save("HELP", "{\"agents\": {}}");

        verify(settings).put(KEY, "{\"agents\": {}}");
    }

    @Test
    void givenStoredJson_json_returnsIt() {
        when(settings.get(KEY)).thenReturn("{\"agents\": {}}");

        assertThat(store.json("HELP")).contains("{\"agents\": {}}");
    }

    @Test
    void givenNothingStored_json_isEmpty() {
        assertThat(store.json("HELP")).isEmpty();
    }

    @Test
    void givenStoredJson_clear_removesTheKey() {
        store.clear("HELP");

        verify(settings).remove(KEY);
    }

    private PluginSettingsAvailability store() {
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        return new PluginSettingsAvailability(factory);
    }
}
