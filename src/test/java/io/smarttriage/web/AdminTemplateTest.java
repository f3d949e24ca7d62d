package io.smarttriage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;

/** Renders the admin page template with plain Velocity and an i18n stand-in that echoes keys. */
class AdminTemplateTest {

    @Test
    void givenJsmPresent_render_showsVersionAndPresentText() {
        VelocityContext context = context(true);

        String html = render(context);

        assertThat(html).contains("<td>9.8.7</td>").contains("[smarttriage.admin.jsm.present]");
        assertThat(html).doesNotContain("smarttriage.admin.jsm.absent").doesNotContain("$");
    }

    @Test
    void givenJsmAbsent_render_showsAbsentText() {
        VelocityContext context = context(false);

        String html = render(context);

        assertThat(html).contains("[smarttriage.admin.jsm.absent]");
        assertThat(html).doesNotContain("smarttriage.admin.jsm.present");
    }

    @Test
    void givenAnyPage_render_requiresTheConfigurationResourcesAndLeavesTheirSection() {
        VelocityContext context = context(true);

        String html = render(context);

        RecordingResources resources = (RecordingResources) context.get("webResourceManager");
        assertThat(resources.required)
                .containsExactly("io.smarttriage.smart-triage:admin-config-resources");
        assertThat(html)
                .contains("<section id=\"st-triage-config\" class=\"st-admin-config\"></section>")
                .doesNotContain("requireResource");
    }

    @Test
    void givenDescriptor_webResources_includeTheOneTheTemplateRequires() throws IOException {
        String descriptor = Files.readString(Path.of("atlassian-plugin.xml"));

        Matcher plugin = Pattern.compile("<atlassian-plugin key=\"([^\"]+)\"").matcher(descriptor);

        assertThat(plugin.find()).isTrue();
        assertThat(plugin.group(1) + ":admin-config-resources")
                .isEqualTo("io.smarttriage.smart-triage:admin-config-resources");
        assertThat(descriptor)
                .contains("<web-resource key=\"admin-config-resources\"")
                .contains("location=\"js/admin-config.js\"");
    }

    private static VelocityContext context(boolean jsmPresent) {
        VelocityContext context = new VelocityContext();
        context.put("version", "9.8.7");
        context.put("jsmPresent", jsmPresent);
        context.put("i18n", new EchoI18n());
        context.put("webResourceManager", new RecordingResources());
        return context;
    }

    private static String render(VelocityContext context) {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty(
                "resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        VelocityEngine engine = new VelocityEngine(properties);
        StringWriter out = new StringWriter();
        engine.getTemplate(AdminServlet.TEMPLATE, "UTF-8").merge(context, out);
        return out.toString();
    }

    /** Stands in for the renderer's web-resource manager; records the keys required. */
    public static final class RecordingResources {
        final List<String> required = new ArrayList<>();

        /** Records {@code moduleKey}. */
        public void requireResource(String moduleKey) {
            required.add(moduleKey);
        }
    }

    /** Stands in for the renderer's i18n helper; wraps each key in brackets. */
    public static final class EchoI18n {
        /** Returns the key in brackets. */
        public String getText(String key) {
            return "[" + key + "]";
        }
    }
}
