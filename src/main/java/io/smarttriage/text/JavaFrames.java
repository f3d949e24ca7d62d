package io.smarttriage.text;

import java.util.List;
import java.util.Set;

/** Names for Java stack frames: the top application frame and its project-level package. */
final class JavaFrames {

    private static final List<String> PLATFORM_PREFIXES =
            List.of("java.", "javax.", "sun.", "jdk.", "com.sun.");

    /** First package segments that name a kind of organisation rather than a project. */
    private static final Set<String> ORGANISATION_ROOTS =
            Set.of("org", "com", "net", "io", "edu", "gov", "de", "uk", "fr", "nl", "ch", "jp");

    private JavaFrames() {}

    /** Returns whether a frame of {@code qualifiedMethod} belongs to the JDK, not the app. */
    static boolean isPlatform(String qualifiedMethod) {
        for (String prefix : PLATFORM_PREFIXES) {
            if (qualifiedMethod.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds {@code frame_<class>_<method>} and {@code pkg_<project>} for a frame such as {@code
     * org.apache.hadoop.hdfs.DFSClient.open}: the class's simple name (outer class for nested ones)
     * and the two package segments after the organisation ({@code hadoop_hdfs}).
     */
    static void addFrame(String qualifiedMethod, Signatures signatures) {
        String[] parts = qualifiedMethod.split("\\.");
        if (parts.length < 2) {
            return;
        }
        String className = parts[parts.length - 2];
        String outerClass =
                className.contains("$")
                        ? className.substring(0, className.indexOf('$'))
                        : className;
        String method = parts[parts.length - 1].replaceAll("^lambda\\$|\\$.*$", "");
        signatures.add("frame", outerClass + "_" + method);
        String project = projectOf(parts, parts.length - 2);
        if (!project.isEmpty()) {
            signatures.add("pkg", project);
        }
    }

    private static String projectOf(String[] parts, int packageLength) {
        int start = 0;
        if (packageLength > 2 && ORGANISATION_ROOTS.contains(parts[0])) {
            start = 2;
        }
        int end = Math.min(packageLength, start + 2);
        return String.join("_", List.of(parts).subList(start, Math.max(start, end)));
    }
}
