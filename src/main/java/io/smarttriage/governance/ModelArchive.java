package io.smarttriage.governance;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Port: trained models kept in the shared database, so that every cluster node loads the same
 * newest version and no node keeps a model of its own.
 */
public interface ModelArchive {

    /** Stores a model under the next version number of its scope and returns that number. */
    long save(StoredModel model);

    /** Returns the newest version number of a scope without loading the model. */
    OptionalLong latestVersion(String scope);

    /** Returns the newest model of a scope. */
    Optional<StoredModel> latest(String scope);
}
