package io.smarttriage.governance;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Port: where project configurations are kept. A save replaces the whole configuration of a project
 * at once, so concurrent saves never leave a mix of both; each save raises the version.
 */
public interface ConfigStore {

    /** Returns the stored configuration of a project and its version, if any. */
    Optional<VersionedConfig> findVersioned(String projectKey);

    /** Returns every stored configuration. */
    List<ProjectConfig> all();

    /**
     * Stores a configuration, replacing any earlier one of the same project, and returns the new
     * version.
     *
     * @param expectedVersion the version the change was based on (0: none stored); when present and
     *     not the stored version, nothing is saved; when empty, the last save wins
     * @throws StaleConfigException when {@code expectedVersion} is not the stored version
     */
    long save(ProjectConfig config, OptionalLong expectedVersion);

    /** Returns the stored configuration of a project, if any. */
    default Optional<ProjectConfig> find(String projectKey) {
        return findVersioned(projectKey).map(VersionedConfig::config);
    }

    /** Stores a configuration, replacing any earlier one of the same project; last save wins. */
    default void save(ProjectConfig config) {
        save(config, OptionalLong.empty());
    }

    /** Returns the stored configuration, or {@link ProjectConfig#defaults} when there is none. */
    default ProjectConfig configFor(String projectKey) {
        return find(projectKey).orElseGet(() -> ProjectConfig.defaults(projectKey));
    }

    /** Returns the stored configuration and version, or the defaults at version 0. */
    default VersionedConfig versionedConfigFor(String projectKey) {
        return findVersioned(projectKey)
                .orElseGet(() -> new VersionedConfig(ProjectConfig.defaults(projectKey), 0));
    }
}
