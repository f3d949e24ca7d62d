package io.smarttriage.standalone;

import io.smarttriage.governance.AvailabilityStore;
import java.util.Optional;
import java.util.Set;

/** The replay's availability: none stored, so every active agent is available at any hour. */
final class AroundTheClock implements AvailabilityStore {

    @Override
    public Optional<String> json(String projectKey) {
        return Optional.empty();
    }

    @Override
    public void save(String projectKey, String json) {
        throw new UnsupportedOperationException(
                "the replay keeps no availability; cannot store one for " + projectKey);
    }

    @Override
    public void clear(String projectKey) {
        throw new UnsupportedOperationException(
                "the replay keeps no availability; nothing to clear for " + projectKey);
    }

    @Override
    public Set<String> projectKeys() {
        return Set.of();
    }
}
