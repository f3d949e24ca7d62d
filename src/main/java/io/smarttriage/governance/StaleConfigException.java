package io.smarttriage.governance;

/** A save based on a configuration version that is no longer the stored one. */
public final class StaleConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String projectKey;
    private final long expectedVersion;
    private final long storedVersion;

    /** Creates the failure naming the project and both versions. */
    public StaleConfigException(String projectKey, long expectedVersion, long storedVersion) {
        super(
                "configuration of project "
                        + projectKey
                        + " is at version "
                        + storedVersion
                        + ", the save was based on version "
                        + expectedVersion
                        + "; read it again and repeat the change");
        this.projectKey = projectKey;
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    /** Returns the project whose configuration changed. */
    public String projectKey() {
        return projectKey;
    }

    /** Returns the version the save was based on. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** Returns the version stored when the save was refused. */
    public long storedVersion() {
        return storedVersion;
    }
}
