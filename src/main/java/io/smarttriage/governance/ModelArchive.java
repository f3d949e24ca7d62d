package io.smarttriage.governance;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Port: trained models kept in the shared database, so that every cluster node loads the same
 * newest version and no node keeps a model of its own. Only the newest {@value #KEPT_VERSIONS}
 * versions of a scope are kept.
 */
public interface ModelArchive {

    /**
     * Versions kept per scope (a scope is one project's model bundle); older ones are deleted when
     * a new one is stored. Nodes only ever load the newest version, and keeping a few more lets a
     * node that read the previous newest version number still load a model of that age.
     */
    int KEPT_VERSIONS = 3;

    /**
     * Stores a model under the next version number of its scope and returns that number, then
     * deletes the scope's versions older than the newest {@value #KEPT_VERSIONS}.
     */
    long save(StoredModel model);

    /** Returns the newest version number of a scope without loading the model. */
    OptionalLong latestVersion(String scope);

    /** Returns the newest model of a scope. */
    Optional<StoredModel> latest(String scope);
}
