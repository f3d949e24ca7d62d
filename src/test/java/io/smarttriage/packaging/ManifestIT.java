package io.smarttriage.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the OSGi and Atlassian headers of the packaged jar. */
class ManifestIT {
    private static final String KEY = "io.smarttriage.smart-triage";
    private static final AppJar JAR = AppJar.packaged();

    @Test
    void givenAppJar_identityHeaders_carryThePluginKey() {
        String descriptorKey = JAR.xml(AppJar.DESCRIPTOR).getDocumentElement().getAttribute("key");

        String symbolicName = JAR.header("Bundle-SymbolicName");

        assertThat(descriptorKey).isEqualTo(KEY);
        assertThat(symbolicName).isEqualTo(KEY);
        assertThat(JAR.header("Atlassian-Plugin-Key")).isEqualTo(KEY);
    }

    @Test
    void givenAppJar_springAndExportHeaders_makeItTransformerlessAndExportNothing() {
        String springContext = JAR.header("Spring-Context");

        String exports = JAR.header("Export-Package");

        assertThat(springContext).isEqualTo("*");
        assertThat(exports == null || exports.isBlank()).as("Export-Package " + exports).isTrue();
    }

    @Test
    void givenAppJar_bundleVersionAndJavaLevel_matchTheBuild() {
        String version = System.getProperty("smarttriage.version");

        String bundleVersion = JAR.header("Bundle-Version");

        assertThat(bundleVersion).isEqualTo(version.replace('-', '.'));
        assertThat(JAR.header("Require-Capability")).contains("(version=17)");
        assertThat(JAR.header("Bundle-ManifestVersion")).isEqualTo("2");
    }

    @Test
    void givenAppJar_buildInstructions_doNotLeakIntoTheManifest() {
        List<String> instructionHeaders =
                List.of("Private-Package", "Include-Resource", "Embed-Dependency", "Tool");

        List<String> present =
                instructionHeaders.stream().filter(h -> JAR.header(h) != null).toList();

        assertThat(present).isEmpty();
    }

    @Test
    void givenAppJar_imports_leaveOutJavaOwnAndEmbeddedPackages() {
        List<ImportPackage> imports = ImportPackage.parse(JAR.header("Import-Package"));

        List<String> names = imports.stream().map(ImportPackage::name).toList();

        assertThat(names).isNotEmpty().noneMatch(n -> n.startsWith("java."));
        assertThat(names).noneMatch(n -> n.startsWith("io.smarttriage") || n.startsWith("weka"));
        assertThat(names)
                .noneMatch(n -> n.startsWith("picocli") || n.startsWith("org.apache.commons.csv"))
                .noneMatch(n -> n.startsWith("org.apache.velocity"))
                .noneMatch(n -> n.startsWith("com.zaxxer") || n.startsWith("org.h2"))
                .noneMatch(n -> n.startsWith("org.postgresql"));
    }

    @Test
    void givenAppJar_hostImports_areMandatoryExceptServiceManagement() {
        List<ImportPackage> imports = ImportPackage.parse(JAR.header("Import-Package"));

        List<ImportPackage> atlassian =
                imports.stream().filter(i -> i.name().startsWith("com.atlassian.")).toList();

        assertThat(atlassian)
                .filteredOn(i -> i.name().startsWith("com.atlassian.servicedesk."))
                .isNotEmpty()
                .allMatch(ImportPackage::optional);
        assertThat(atlassian)
                .filteredOn(i -> i.name().matches("com\\.atlassian\\.(jira|sal|event)\\..*"))
                .extracting(ImportPackage::name)
                .contains("com.atlassian.jira.event.issue", "com.atlassian.event.api")
                .contains("com.atlassian.sal.api.user");
        assertThat(atlassian)
                .filteredOn(
                        i -> i.name().matches("com\\.atlassian\\.(jira|sal|event|scheduler)\\..*"))
                .noneMatch(ImportPackage::optional);
    }

    @Test
    void givenAppJar_platformImports_comeFromTheHost() {
        List<ImportPackage> imports = ImportPackage.parse(JAR.header("Import-Package"));

        List<String> mandatory =
                imports.stream().filter(i -> !i.optional()).map(ImportPackage::name).toList();

        assertThat(mandatory)
                .contains("org.slf4j", "jakarta.servlet.http", "jakarta.ws.rs", "jakarta.inject");
    }
}
