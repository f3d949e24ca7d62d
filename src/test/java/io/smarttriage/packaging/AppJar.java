package io.smarttriage.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** The packaged app jar named by the system property {@value #PROPERTY}, read into memory. */
final class AppJar {
    static final String PROPERTY = "smarttriage.jar";
    static final String DESCRIPTOR = "atlassian-plugin.xml";
    static final String SPRING_CONTEXT = "META-INF/spring/plugin-context.xml";

    private final Path path;
    private final Manifest manifest;
    private final Set<String> entries = new TreeSet<>();

    private AppJar(Path path) throws IOException {
        this.path = path;
        try (JarFile jar = new JarFile(path.toFile())) {
            this.manifest = jar.getManifest();
            jar.stream().forEach(e -> entries.add(e.getName()));
        }
    }

    /** Opens the jar that the build just packaged; fails if the property or file is missing. */
    static AppJar packaged() {
        String location = System.getProperty(PROPERTY);
        if (location == null || !Files.isRegularFile(Path.of(location))) {
            throw new IllegalStateException(
                    "system property " + PROPERTY + " must name the packaged jar, got " + location);
        }
        try {
            return new AppJar(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read app jar " + location, e);
        }
    }

    Path path() {
        return path;
    }

    String header(String name) {
        return manifest.getMainAttributes().getValue(name);
    }

    Attributes mainAttributes() {
        return manifest.getMainAttributes();
    }

    Set<String> entries() {
        return entries;
    }

    byte[] read(String entry) {
        try (JarFile jar = new JarFile(path.toFile());
                InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read entry " + entry + " of " + path, e);
        }
    }

    Document xml(String entry) {
        return parse(read(entry));
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
