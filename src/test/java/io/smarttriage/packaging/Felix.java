package io.smarttriage.packaging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/** An embedded Apache Felix framework for one test, with a private bundle cache. */
final class Felix implements AutoCloseable {
    private final Framework framework;

    Felix(Path storage) throws BundleException {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        framework =
                factory.newFramework(
                        Map.of(
                                Constants.FRAMEWORK_STORAGE,
                                storage.toString(),
                                Constants.FRAMEWORK_STORAGE_CLEAN,
                                Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
    }

    Bundle install(String location, byte[] jar) throws BundleException {
        return framework.getBundleContext().installBundle(location, new ByteArrayInputStream(jar));
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    /** Returns the jar's bytes with {@code extraImport} appended to its Import-Package header. */
    static byte[] withExtraImport(Path jarPath, String extraImport) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarFile source = new JarFile(jarPath.toFile())) {
            Manifest manifest = new Manifest(source.getManifest());
            String imports = manifest.getMainAttributes().getValue("Import-Package");
            manifest.getMainAttributes().putValue("Import-Package", imports + "," + extraImport);
            try (JarOutputStream target = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry : source.stream().toList()) {
                    if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    target.putNextEntry(new JarEntry(entry.getName()));
                    source.getInputStream(entry).transferTo(target);
                    target.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    static byte[] read(Path jarPath) throws IOException {
        return Files.readAllBytes(jarPath);
    }
}
