package io.smarttriage.governance;

import io.smarttriage.routing.OpenRequest;
import java.util.List;

/** Port: the open requests the agents of a project hold now, in any project of the tracker. */
public interface WorkloadSource {

    /**
     * Returns the open (unresolved) requests assigned to any of {@code agents}, as the project's
     * automation user sees them; may be a copy a few seconds old.
     */
    List<OpenRequest> openWork(ProjectConfig config, List<String> agents);

    /**
     * Counts a request the app has just assigned in a copy kept by {@link #openWork}, until the
     * tracker is read again; it replaces an earlier entry of the same request. Called only for
     * assignments the tracker accepted, never for routings that were only recorded or suggested.
     * Sources without a copy do nothing.
     */
    default void routed(ProjectConfig config, OpenRequest request) {}
}
