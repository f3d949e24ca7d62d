package io.smarttriage.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives each node the newest stored model of a scope. The database is the only source of truth: the
 * node keeps a loaded copy, checks the newest version number (a cheap query) at most once per
 * {@code recheck}, and loads the model again only when another node stored a newer version.
 */
public final class LatestModels {
    private final ModelArchive archive;
    private final Clock clock;
    private final Duration recheck;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    /** Creates a view of the archive that rechecks versions after {@code recheck}. */
    public LatestModels(ModelArchive archive, Clock clock, Duration recheck) {
        this.archive = archive;
        this.clock = clock;
        this.recheck = recheck;
    }

    /** Returns the newest model of the scope, loading it when a newer version was stored. */
    public Optional<StoredModel> current(String scope) {
        Instant now = clock.instant();
        Loaded known = loaded.get(scope);
        if (known != null && now.isBefore(known.checkedAt().plus(recheck))) {
            return Optional.of(known.model());
        }
        OptionalLong newest = archive.latestVersion(scope);
        if (newest.isEmpty()) {
            loaded.remove(scope);
            return Optional.empty();
        }
        if (known != null && known.model().version() == newest.getAsLong()) {
            loaded.put(scope, new Loaded(known.model(), now));
            return Optional.of(known.model());
        }
        Optional<StoredModel> fresh = archive.latest(scope);
        fresh.ifPresent(m -> loaded.put(scope, new Loaded(m, now)));
        return fresh;
    }

    private record Loaded(StoredModel model, Instant checkedAt) {}
}
