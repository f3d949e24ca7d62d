package io.smarttriage.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.web.AdminServlet;
import io.smarttriage.web.BuildInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks what the packaged jar contains and leaves out. */
class JarContentIT {
    private static final AppJar JAR = AppJar.packaged();

    @Test
    void givenAppJar_entries_holdNoAtlassianClass() {
        Set<String> entries = JAR.entries();

        List<String> atlassian =
                entries.stream().filter(e -> e.startsWith("com/atlassian")).toList();

        assertThat(atlassian).isEmpty();
    }

    @Test
    void givenCompiledHostApiStubs_appJar_containsNoneOfThem() throws IOException {
        List<String> stubs = HostBundle.stubClassEntries(HostBundle.stubClassesDirectory());

        List<String> packaged = stubs.stream().filter(JAR.entries()::contains).toList();

        assertThat(stubs).as("compiled stub classes").isNotEmpty();
        assertThat(packaged).isEmpty();
    }

    @Test
    void givenAppJar_entries_leaveOutRunnerOnlyCodeAndWekaGui() {
        List<String> forbidden =
                List.of(
                        "io/smarttriage/standalone/",
                        "io/smarttriage/ingest/",
                        "io/smarttriage/demo/",
                        "picocli/",
                        "org/apache/commons/csv/",
                        "org/apache/velocity/",
                        "com/zaxxer/",
                        "org/h2/",
                        "org/postgresql/",
                        "weka/gui/",
                        "weka/knowledgeflow/");

        List<String> found =
                JAR.entries().stream()
                        .filter(e -> forbidden.stream().anyMatch(e::startsWith))
                        .toList();

        assertThat(found).isEmpty();
    }

    @Test
    void givenAppJar_entries_embedTheWekaCoreAndClassifiers() {
        Set<String> entries = JAR.entries();

        boolean instances = entries.contains("weka/core/Instances.class");

        assertThat(instances).isTrue();
        assertThat(entries).contains("weka/classifiers/Classifier.class");
        assertThat(entries)
                .contains("weka/filters/unsupervised/attribute/StringToWordVector.class");
    }

    @Test
    void givenAppJar_everythingTheDescriptorAndSpringContextName_isPresent() {
        PluginReferences references = references(JAR.read(AppJar.DESCRIPTOR));

        List<String> missing = references.missingFrom(JAR.entries());

        assertThat(references.descriptorClasses()).isNotEmpty();
        assertThat(references.beans()).isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void givenDescriptorWebItems_links_pointAtDeclaredServlets() {
        PluginReferences references = references(JAR.read(AppJar.DESCRIPTOR));

        List<String> links = references.webItemLinks();

        assertThat(links).isNotEmpty();
        assertThat(references.servletUrls()).containsAll(links);
    }

    @Test
    void givenDescriptorNamingAnAbsentClass_missingFrom_reportsThatClass() {
        String descriptor =
                new String(JAR.read(AppJar.DESCRIPTOR), StandardCharsets.UTF_8)
                        .replace(
                                "io.smarttriage.web.AdminServlet",
                                "io.smarttriage.web.NoSuchServlet");

        List<String> missing =
                references(descriptor.getBytes(StandardCharsets.UTF_8)).missingFrom(JAR.entries());

        assertThat(missing).containsExactly("io/smarttriage/web/NoSuchServlet.class");
    }

    @Test
    void givenAppJar_rootResources_includeDescriptorI18nTemplateAndSpringContext() {
        Set<String> entries = JAR.entries();

        boolean descriptor = entries.contains(AppJar.DESCRIPTOR);

        assertThat(descriptor).isTrue();
        assertThat(entries)
                .contains("i18n/smart-triage.properties", "i18n/smart-triage_de.properties")
                .contains(AdminServlet.TEMPLATE, AppJar.SPRING_CONTEXT, BuildInfo.RESOURCE);
    }

    @Test
    void givenAppJar_filteredResources_carryTheProjectVersion() {
        String version = System.getProperty("smarttriage.version");

        String descriptor = new String(JAR.read(AppJar.DESCRIPTOR), StandardCharsets.UTF_8);

        assertThat(descriptor).contains("<version>" + version + "</version>").doesNotContain("${");
        assertThat(new String(JAR.read(BuildInfo.RESOURCE), StandardCharsets.ISO_8859_1))
                .contains("version=" + version);
    }

    @Test
    void givenAppJar_classEntries_belongOnlyToOurPackagesOrEmbeddedLibraries() {
        Stream<String> classes = JAR.entries().stream().filter(e -> e.endsWith(".class"));
        List<String> allowed =
                List.of("io/smarttriage/", "weka/", "org/jsoup/", "org/apache/commons/math3/");

        List<String> foreign =
                classes.filter(e -> allowed.stream().noneMatch(e::startsWith)).toList();

        assertThat(foreign).isEmpty();
    }

    private static PluginReferences references(byte[] descriptor) {
        return new PluginReferences(AppJar.parse(descriptor), JAR.xml(AppJar.SPRING_CONTEXT));
    }
}
