package io.smarttriage.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** Resolves the packaged jar in Apache Felix against a stand-in host bundle. */
class OsgiResolutionIT {
    private static final AppJar JAR = AppJar.packaged();
    private static final String PACKAGE_NAMESPACE = "osgi.wiring.package";

    @TempDir Path storage;

    @Test
    void givenHostExportingStubsAndPlatform_startApp_resolvesEveryMandatoryImport()
            throws Exception {
        try (Felix felix = new Felix(storage)) {
            felix.install("host", HostBundle.build(HostBundle.stubClassesDirectory(), ""));
            Bundle app = felix.install("app", Felix.read(JAR.path()));

            app.start();

            assertThat(app.getState()).isEqualTo(Bundle.ACTIVE);
            assertThat(wiredPackages(app)).containsAll(mandatoryImports());
        }
    }

    @Test
    void givenAppWithBogusMandatoryImport_startApp_failsNamingTheMissingPackage() throws Exception {
        try (Felix felix = new Felix(storage)) {
            felix.install("host", HostBundle.build(HostBundle.stubClassesDirectory(), ""));
            Bundle app =
                    felix.install("app", Felix.withExtraImport(JAR.path(), "io.bogus.missing"));

            var thrown = assertThatThrownBy(app::start);

            thrown.isInstanceOf(BundleException.class).hasMessageContaining("io.bogus.missing");
            assertThat(app.getState()).isEqualTo(Bundle.INSTALLED);
        }
    }

    @Test
    void givenHostWithoutServiceManagement_startApp_stillResolves() throws Exception {
        try (Felix felix = new Felix(storage)) {
            Path stubs = HostBundle.stubClassesDirectory();
            felix.install("host", HostBundle.build(stubs, "com/atlassian/servicedesk/"));
            Bundle app = felix.install("app", Felix.read(JAR.path()));

            app.start();

            assertThat(app.getState()).isEqualTo(Bundle.ACTIVE);
            assertThat(wiredPackages(app))
                    .noneMatch(p -> p.startsWith("com.atlassian.servicedesk"));
        }
    }

    private static List<String> mandatoryImports() {
        return ImportPackage.parse(JAR.header("Import-Package")).stream()
                .filter(i -> !i.optional())
                .map(ImportPackage::name)
                .toList();
    }

    private static List<String> wiredPackages(Bundle app) {
        return app.adapt(BundleWiring.class).getRequiredWires(PACKAGE_NAMESPACE).stream()
                .map(BundleWire::getCapability)
                .map(c -> (String) c.getAttributes().get(PACKAGE_NAMESPACE))
                .toList();
    }
}
