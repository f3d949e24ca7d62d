package io.smarttriage.governance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Project configurations in memory, for tests. */
public final class MemoryConfigStore implements ConfigStore {
    private final Map<String, ProjectConfig> configs = new HashMap<>();

    @Override
    public Optional<ProjectConfig> find(String projectKey) {
        return Optional.ofNullable(configs.get(projectKey));
    }

    @Override
    public void save(ProjectConfig config) {
        configs.put(config.projectKey(), config);
    }

    @Override
    public List<ProjectConfig> all() {
        return List.copyOf(configs.values());
    }
}
