package io.smarttriage.governance;

import java.util.Objects;

/**
 * A project's configuration with the version it was stored as.
 *
 * @param config the configuration
 * @param version how many times it was saved; 0 when it never was (the defaults)
 */
public record VersionedConfig(ProjectConfig config, long version) {

    /** Checks the configuration is there and the version not negative. */
    public VersionedConfig {
        Objects.requireNonNull(config, "config");
        if (version < 0) {
            throw new IllegalArgumentException("config version must be 0 or more, was " + version);
        }
    }
}
