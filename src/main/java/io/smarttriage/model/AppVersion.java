package io.smarttriage.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version as Maven recorded it in the jar, or "development" outside a jar. */
final class AppVersion {
    private static final String POM_PROPERTIES =
            "/META-INF/maven/io.smarttriage/smart-triage/pom.properties";

    private AppVersion() {}

    static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
