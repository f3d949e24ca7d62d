package io.smarttriage.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Build facts of the app jar, read from the Maven-filtered {@value #RESOURCE}. */
public class BuildInfo {
    /** Classpath resource that the build fills from the POM. */
    public static final String RESOURCE = "smart-triage-build.properties";

    private final String version;

    /** Reads {@value #RESOURCE} from the app's own class loader. */
    public BuildInfo() {
        this(load(RESOURCE));
    }

    BuildInfo(Properties properties) {
        this.version = properties.getProperty("version");
        if (version == null || version.isBlank() || version.contains("${")) {
            throw new IllegalStateException(
                    RESOURCE
                            + ": property 'version' must be a filtered value, got '"
                            + version
                            + "'");
        }
    }

    /** Returns the app version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public String version() {
        return version;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the app jar");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
