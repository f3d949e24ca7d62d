package io.smarttriage.governance;

import java.util.Optional;
import java.util.Set;

/**
 * Port: the availability JSON of each project (the format of {@link AvailabilityConfig}), kept
 * where every cluster node reads it.
 */
public interface AvailabilityStore {

    /** Returns the stored JSON of the project, empty when none was stored. */
    Optional<String> json(String projectKey);

    /** Stores (replaces) the project's JSON; callers validate it first. */
    void save(String projectKey, String json);

    /** Removes the project's JSON, so that every agent counts as available. */
    void clear(String projectKey);

    /** Returns the keys of the projects with stored JSON. */
    Set<String> projectKeys();
}
