package io.smarttriage.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Model archive in memory, for tests. */
public final class MemoryModelArchive implements ModelArchive {
    private final List<StoredModel> models = new ArrayList<>();

    @Override
    public synchronized long save(StoredModel model) {
        long version = latestVersion(model.scope()).orElse(0L) + 1;
        models.add(
                new StoredModel(
                        version,
                        model.scope(),
                        model.created(),
                        model.provenance(),
                        model.bytes()));
        models.removeIf(
                m -> m.scope().equals(model.scope()) && m.version() <= version - KEPT_VERSIONS);
        return version;
    }

    @Override
    public synchronized OptionalLong latestVersion(String scope) {
        return latest(scope).map(m -> OptionalLong.of(m.version())).orElse(OptionalLong.empty());
    }

    @Override
    public synchronized Optional<StoredModel> latest(String scope) {
        return models.stream()
                .filter(m -> m.scope().equals(scope))
                .reduce((a, b) -> b.version() > a.version() ? b : a);
    }
}
