package io.smarttriage.governance;

import java.time.Instant;
import java.util.Objects;

/**
 * A trained model as stored in the database, with where it came from.
 *
 * @param version increasing version number, {@code 0} before the model is stored
 * @param scope what the model covers, e.g. a project key
 * @param created when training finished
 * @param provenance how it was trained (data range, example count, settings, library versions), as
 *     JSON; no request text
 * @param bytes the serialized model
 */
public record StoredModel(
        long version, String scope, Instant created, String provenance, byte[] bytes) {

    /** Checks the required parts. */
    public StoredModel {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(bytes, "bytes");
    }
}
