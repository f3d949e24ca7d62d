package io.smarttriage.governance;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Availability JSON per project in memory, for tests. */
public final class MemoryAvailabilityStore implements AvailabilityStore {
    private final Map<String, String> byProject = new HashMap<>();

    @Override
    public Optional<String> json(String projectKey) {
        return Optional.ofNullable(byProject.get(projectKey));
    }

    @Override
    public void save(String projectKey, String json) {
        byProject.put(projectKey, json);
    }

    @Override
    public void clear(String projectKey) {
        byProject.remove(projectKey);
    }

    @Override
    public Set<String> projectKeys() {
        return new TreeSet<>(byProject.keySet());
    }
}
