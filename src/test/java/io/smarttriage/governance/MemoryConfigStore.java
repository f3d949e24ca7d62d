package io.smarttriage.governance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Project configurations in memory, for tests. */
public final class MemoryConfigStore implements ConfigStore {
    private final Map<String, VersionedConfig> configs = new HashMap<>();

    @Override
    public synchronized Optional<VersionedConfig> findVersioned(String projectKey) {
        return Optional.ofNullable(configs.get(projectKey));
    }

    @Override
    public synchronized long save(ProjectConfig config, OptionalLong expectedVersion) {
        VersionedConfig stored = configs.get(config.projectKey());
        long current = stored == null ? 0 : stored.version();
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current) {
            throw new StaleConfigException(
                    config.projectKey(), expectedVersion.getAsLong(), current);
        }
        configs.put(config.projectKey(), new VersionedConfig(config, current + 1));
        return current + 1;
    }

    @Override
    public synchronized List<ProjectConfig> all() {
        return configs.values().stream().map(VersionedConfig::config).toList();
    }
}
