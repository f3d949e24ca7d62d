package io.smarttriage.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.smarttriage.governance.MemoryConfigStore;
import io.smarttriage.governance.ProjectConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link PluginSettingsAvailability} over an in-memory stand-in for plugin settings. */
class PluginSettingsAvailabilityTest {
    private static final String KEY = PluginSettingsAvailability.PREFIX + "HELP";

    private final Map<String, Object> values = new HashMap<>();
    private final ProjectManager projects = mock(ProjectManager.class);
    private final MemoryConfigStore configs = new MemoryConfigStore();
    private final PluginSettingsAvailability store =
            new PluginSettingsAvailability(MemoryPluginSettings.factory(values), projects, configs);

    @Test
    void givenJson_save_putsItUnderTheProjectsGlobalKey() {
        store.save("HELP", "{\"agents\": {}}");

        assertThat(values).containsEntry(KEY, "{\"agents\": {}}");
    }

    @Test
    void givenStoredJson_json_returnsIt() {
        values.put(KEY, "{\"agents\": {}}");

        var json = store.json("HELP");

        assertThat(json).contains("{\"agents\": {}}");
    }

    @Test
    void givenNothingStored_json_isEmpty() {
        var json = store.json("HELP");

        assertThat(json).isEmpty();
    }

    @Test
    void givenStoredJson_clear_removesTheKey() {
        store.save("HELP", "{\"agents\": {}}");

        store.clear("HELP");

        assertThat(values).doesNotContainKey(KEY);
    }

    @Test
    void givenJsonSavedForTwoProjectsAndOneCleared_projectKeys_listsTheOther() {
        List<Project> known = List.of(project("HELP"), project("OPS"));
        when(projects.getProjects()).thenReturn(known);
        store.save("OPS", "{\"agents\": {}}");
        store.save("HELP", "{\"agents\": {\"ann\": {}}}");

        store.clear("OPS");

        assertThat(store.projectKeys()).containsExactly("HELP");
    }

    @Test
    void givenJsonOfAProjectJiraNoLongerKnows_projectKeys_listsOnlyKnownProjects() {
        List<Project> known = List.of(project("HELP"), project("OPS"));
        when(projects.getProjects()).thenReturn(known);
        values.put(KEY, "{\"agents\": {}}");
        values.put(PluginSettingsAvailability.PREFIX + "GONE", "{\"agents\": {}}");

        var keys = store.projectKeys();

        assertThat(keys).containsExactly("HELP");
    }

    @Test
    void givenJsonOfAnArchivedProjectWithTriageConfig_projectKeys_listsIt() {
        List<Project> listed = List.of(project("HELP"));
        when(projects.getProjects()).thenReturn(listed);
        configs.save(ProjectConfig.defaults("OLD"));
        values.put(PluginSettingsAvailability.PREFIX + "OLD", "{\"agents\": {}}");

        var keys = store.projectKeys();

        assertThat(keys).containsExactly("OLD");
    }

    private static Project project(String key) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        return project;
    }
}
