package io.smarttriage.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Builds, at test time, a stand-in for Jira: one bundle holding the compiled host API stubs and
 * exporting their packages, plus the exports of the platform libraries the host provides (Jakarta
 * EE, SLF4J, Jackson) copied from those libraries' own manifests.
 */
final class HostBundle {
    static final String STUBS_PROPERTY = "smarttriage.hostApiClasses";

    /** Classes whose jars stand for the platform libraries that Jira 11 exports. */
    static final List<String> PLATFORM_MARKERS =
            List.of(
                    "jakarta.servlet.http.HttpServlet",
                    "jakarta.ws.rs.GET",
                    "jakarta.inject.Inject",
                    "org.slf4j.Logger",
                    "com.fasterxml.jackson.databind.ObjectMapper",
                    "com.fasterxml.jackson.core.JsonParser",
                    "com.fasterxml.jackson.annotation.JsonProperty");

    private HostBundle() {}

    /**
     * The class directory holding the compiled stubs, from {@value #STUBS_PROPERTY}. Skips the
     * calling test when there are none, as in a build with the real artifacts ({@code
     * -Patlassian}).
     */
    static Path stubClassesDirectory() {
        String location = System.getProperty(STUBS_PROPERTY);
        Assumptions.assumeTrue(
                location != null && Files.isDirectory(Path.of(location, "com", "atlassian")),
                () -> STUBS_PROPERTY + " names no directory with compiled stubs: " + location);
        return Path.of(location);
    }

    /** Jar entry names of every compiled stub class, e.g. {@code com/atlassian/x/Y.class}. */
    static List<String> stubClassEntries(Path classes) throws IOException {
        try (Stream<Path> walk = Files.walk(classes.resolve("com/atlassian"))) {
            return walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Returns the host bundle as jar bytes.
     *
     * @param leaveOutPrefix stub packages starting with this prefix are not exported ("" for none)
     */
    static byte[] build(Path stubClasses, String leaveOutPrefix) throws IOException {
        List<String> stubs = new ArrayList<>(stubClassEntries(stubClasses));
        stubs.removeIf(e -> !leaveOutPrefix.isEmpty() && e.startsWith(leaveOutPrefix));
        List<String> exports = new ArrayList<>(packagesOf(stubs));
        for (String marker : PLATFORM_MARKERS) {
            exports.add(exportHeaderOfJarWith(marker));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar =
                new JarOutputStream(bytes, manifest(String.join(",", exports)))) {
            for (String entry : stubs) {
                jar.putNextEntry(new JarEntry(entry));
                jar.write(Files.readAllBytes(stubClasses.resolve(entry)));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Set<String> packagesOf(List<String> classEntries) {
        Set<String> packages = new TreeSet<>();
        for (String entry : classEntries) {
            packages.add(entry.substring(0, entry.lastIndexOf('/')).replace('/', '.'));
        }
        return packages;
    }

    private static Manifest manifest(String exportPackage) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "test.jira.host");
        main.putValue("Bundle-Version", "11.3.0");
        main.putValue("Export-Package", exportPackage);
        return manifest;
    }

    private static String exportHeaderOfJarWith(String className) {
        try {
            Class<?> type = Class.forName(className, false, HostBundle.class.getClassLoader());
            Path jarPath =
                    Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (JarFile jar = new JarFile(jarPath.toFile())) {
                String exports = jar.getManifest().getMainAttributes().getValue("Export-Package");
                if (exports == null) {
                    throw new IllegalStateException(jarPath + " has no Export-Package header");
                }
                return exports;
            }
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException(
                    "platform class " + className + " not on test classpath", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
