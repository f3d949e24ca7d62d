package io.smarttriage.governance;

import java.util.List;
import java.util.Optional;

/** Port: where project configurations are kept. */
public interface ConfigStore {

    /** Returns the stored configuration of a project, if any. */
    Optional<ProjectConfig> find(String projectKey);

    /** Returns every stored configuration. */
    List<ProjectConfig> all();

    /** Stores a configuration, replacing any earlier one of the same project. */
    void save(ProjectConfig config);

    /** Returns the stored configuration, or {@link ProjectConfig#defaults} when there is none. */
    default ProjectConfig configFor(String projectKey) {
        return find(projectKey).orElseGet(() -> ProjectConfig.defaults(projectKey));
    }
}
