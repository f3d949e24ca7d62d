package io.smarttriage.governance;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * Port: where project configurations are kept. A save replaces the whole configuration of a project
 * at once, so concurrent saves never leave a mix of both; each save raises the version.
 */
public interface ConfigStore {
    /** Most attempts of {@link #update} while other saves come first. */
    int MAX_UPDATE_ATTEMPTS = 10;

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

    /**
     * Changes a stored configuration on the version it was read at; when another save (an
     * administrator's) came in between, the change is made again on what that save stored, so
     * neither is lost.
     *
     * @param change the changed configuration, or {@code null} when it needs no change
     * @return whether the configuration was changed
     * @throws IllegalStateException when other saves came first in each of {@link
     *     #MAX_UPDATE_ATTEMPTS} attempts
     */
    default boolean update(String projectKey, UnaryOperator<ProjectConfig> change) {
        for (int attempt = 1; attempt <= MAX_UPDATE_ATTEMPTS; attempt++) {
            Optional<VersionedConfig> stored = findVersioned(projectKey);
            ProjectConfig changed = stored.map(v -> change.apply(v.config())).orElse(null);
            if (changed == null) {
                return false;
            }
            try {
                save(changed, OptionalLong.of(stored.get().version()));
                return true;
            } catch (StaleConfigException e) {
                // Saved meanwhile: the change is made again on the newer configuration.
            }
        }
        throw new IllegalStateException(
                "configuration of project "
                        + projectKey
                        + ": other saves came first in each of "
                        + MAX_UPDATE_ATTEMPTS
                        + " attempts to change it");
    }
}
