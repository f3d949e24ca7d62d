package io.smarttriage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.AssignmentStrategy;
import io.smarttriage.governance.Correction;
import io.smarttriage.governance.Feedback;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.FieldSettings;
import io.smarttriage.governance.MemoryAuditLog;
import io.smarttriage.governance.MemoryAvailabilityStore;
import io.smarttriage.governance.MemoryConfigStore;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.Records;
import io.smarttriage.i18n.BundleI18nResolver;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the admin page (admin.vm with its configuration script) in headless Chromium against the
 * real {@link TriageConfigResource} over in-memory stores, served on 127.0.0.1, and checks the form
 * an administrator loads, changes and saves, the agents' availability saved and removed beside it,
 * and the list of configured projects above the picker.
 */
class AdminPageBrowserTest {
    /** Projects another administrator saves after every read, so the page is one version behind. */
    private static final List<String> BEHIND = List.of("STALE", "RELOAD");

    private static final List<String> PROJECTS =
            List.of(
                    "HELP", "SAVED", "STALE", "RELOAD", "BAD", "AVAIL", "AVBAD", "AVSAVE",
                    "AVGONE");

    /** A project Jira knows whose configuration was never saved. */
    private static final String UNSAVED = "FRESH";

    /** A project with a stored configuration that Jira no longer knows. */
    private static final String GONE = "GONE";

    private static final Path SCREENSHOT = Path.of("target/browser/admin-page.png");
    private static final String CONFIG_REST = "/rest/smart-triage/1.0/triage/config/";
    private static final String CONFIG_LIST = "/rest/smart-triage/1.0/triage/config";
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final BundleI18nResolver ENGLISH = BundleI18nResolver.english();

    private static final MemoryConfigStore CONFIGS = new MemoryConfigStore();
    private static final MemoryAuditLog AUDIT = new MemoryAuditLog();
    private static final MemoryAvailabilityStore AVAILABILITY = new MemoryAvailabilityStore();
    private static final String AGENT_HOURS =
            "{\"capacity\": 25, \"agents\": {\"agent-1\": {\"zone\": \"Europe/Berlin\","
                    + " \"hours\": {\"MON-FRI\": [\"08:00-16:30\"]}}}}";
    private static final List<String> PUT_BODIES = Collections.synchronizedList(new ArrayList<>());

    private static HeadlessChromium chromium;
    private static GadgetServer server;
    private static TriageConfigResource resource;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.find();
        resource = resource();
        for (String key : PROJECTS) {
            String automationUser = "BAD".equals(key) ? "ghost" : "triage-bot";
            CONFIGS.save(config(key, automationUser), OptionalLong.empty());
        }
        CONFIGS.save(ProjectConfig.defaults(GONE), OptionalLong.empty());
        AVAILABILITY.save("AVAIL", AGENT_HOURS);
        AVAILABILITY.save("AVBAD", AGENT_HOURS);
        AVAILABILITY.save("AVGONE", AGENT_HOURS);
        judged(1L, TargetField.PRIORITY, Feedback.KEPT);
        judged(2L, TargetField.PRIORITY, Feedback.KEPT);
        judged(3L, TargetField.PRIORITY, Feedback.CHANGED);
        server = new GadgetServer(Map.of());
        server.route("/admin.html", AdminPageBrowserTest::page);
        server.route(CONFIG_REST, AdminPageBrowserTest::rest);
        server.route(CONFIG_LIST, exchange -> send(exchange, resource.list()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void givenNeverSavedConfig_load_saysItShowsTheDefaults() throws Exception {
        String url = server.baseUrl() + "/admin.html?project=" + UNSAVED;

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.body().attr("data-done")).isEqualTo("loaded");
        assertThat(dom.selectFirst(".st-config-version").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.unsaved", UNSAVED));
        assertThat(selected(dom, "st-config-priority-mode")).isEqualTo("SHADOW");
    }

    @Test
    void givenStoredConfig_load_showsTheLoadedValuesAndTheAccuracyBesideEachField()
            throws Exception {
        String url = server.baseUrl() + "/admin.html?project=help";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.body().attr("data-done")).isEqualTo("loaded");
        assertThat(dom.selectFirst(".st-config-version").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.version", "HELP", "1"));
        assertThat(dom.getElementById("st-config-enabled").hasAttr("checked")).isTrue();
        assertThat(selected(dom, "st-config-category-mode")).isEqualTo("OFF");
        assertThat(selected(dom, "st-config-priority-mode")).isEqualTo("SUGGEST");
        assertThat(selected(dom, "st-config-assignee-mode")).isEqualTo("SHADOW");
        assertThat(dom.getElementById("st-config-priority-threshold").attr("value"))
                .isEqualTo("0.7");
        assertThat(dom.getElementById("st-config-priority-precision").attr("value"))
                .isEqualTo("0.9");
        assertThat(dom.getElementById("st-config-automation").attr("value"))
                .isEqualTo("triage-bot");
        assertThat(dom.getElementById("st-config-pool").wholeText()).isEqualTo("agent-1\nagent-2");
        assertThat(selected(dom, "st-config-strategy")).isEqualTo("ROUND_ROBIN");
        assertThat(dom.getElementById("st-config-notice").hasAttr("checked")).isTrue();
        assertThat(dom.select("#st-config-priority-mode option").eachText())
                .containsExactly(
                        ENGLISH.getText("smarttriage.mode.off"),
                        ENGLISH.getText("smarttriage.mode.shadow"),
                        ENGLISH.getText("smarttriage.mode.suggest"),
                        ENGLISH.getText("smarttriage.mode.auto"));
        assertThat(dom.select("tr[data-field] td.st-config-accuracy").eachText())
                .containsExactly(
                        ENGLISH.getText("smarttriage.admin.config.accuracy.none"),
                        ENGLISH.getText("smarttriage.admin.config.accuracy.none"),
                        ENGLISH.getText("smarttriage.admin.config.accuracy.value", "67", "3"),
                        ENGLISH.getText("smarttriage.admin.config.accuracy.none"));
        assertThat(dom.select("label[for=st-config-pool]").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.pool"));
    }

    @Test
    void givenChangedMode_save_putsTheWholeFormWithTheLoadedVersion() throws Exception {
        String url = server.baseUrl() + "/admin.html?project=SAVED&mode-PRIORITY=AUTO&save=1";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        JsonNode sent = lastPut("SAVED");
        assertThat(sent.get("version").asLong()).isEqualTo(1);
        assertThat(sent.at("/fields/PRIORITY/mode").asText()).isEqualTo("AUTO");
        assertThat(sent.at("/fields/PRIORITY/threshold").asDouble()).isEqualTo(0.7);
        assertThat(sent.at("/fields/PRIORITY/precisionTarget").asDouble()).isEqualTo(0.9);
        assertThat(sent.at("/fields/CATEGORY/mode").asText()).isEqualTo("OFF");
        assertThat(sent.get("automationUserKey").asText()).isEqualTo("triage-bot");
        assertThat(sent.get("agentPool").toString()).isEqualTo("[\"agent-1\",\"agent-2\"]");
        assertThat(sent.get("assignmentStrategy").asText()).isEqualTo("ROUND_ROBIN");
        assertThat(sent.get("enabled").asBoolean()).isTrue();
        assertThat(sent.get("customerNotice").asBoolean()).isTrue();
        assertThat(CONFIGS.versionedConfigFor("SAVED").version()).isEqualTo(2);
        assertThat(CONFIGS.configFor("SAVED").settings(TargetField.PRIORITY).mode())
                .isEqualTo(FieldMode.AUTO);
        assertThat(dom.selectFirst(".st-config-status .success").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.saved", "SAVED", "2"));
    }

    @Test
    void givenAnotherSaveCameFirst_save_showsTheConflictErrorAndOffersReload() throws Exception {
        String url = server.baseUrl() + "/admin.html?project=STALE&mode-COMPONENT=OFF&save=1";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(lastPut("STALE").get("version").asLong()).isEqualTo(1);
        Element error = dom.selectFirst(".st-config-status .error");
        assertThat(error.selectFirst("p").text())
                .isEqualTo(
                        ENGLISH.getText("smarttriage.rest.error.config.stale", "STALE", "2", "1"));
        assertThat(error.selectFirst("button.st-config-reload").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.reload"));
    }

    @Test
    void givenConflictShown_reload_loadsTheStoredVersionAgain() throws Exception {
        String url = server.baseUrl() + "/admin.html?project=RELOAD&save=1&reload=1";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.body().attr("data-done")).isEqualTo("reloaded");
        assertThat(dom.body().attr("data-conflict"))
                .startsWith(
                        ENGLISH.getText("smarttriage.rest.error.config.stale", "RELOAD", "2", "1"));
        assertThat(dom.selectFirst(".st-config-version").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.version", "RELOAD", "2"));
        assertThat(dom.select(".st-config-status *")).isEmpty();
    }

    @Test
    void givenUnknownAutomationUser_save_showsTheBadRequestErrorText() throws Exception {
        String url = server.baseUrl() + "/admin.html?project=BAD&save=1";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        Element error = dom.selectFirst(".st-config-status .error");
        assertThat(error.selectFirst("p").text())
                .isEqualTo(
                        ENGLISH.getText(
                                "smarttriage.rest.error.config.user.unknown",
                                "automationUserKey",
                                "ghost"));
        assertThat(error.select("button")).isEmpty();
        assertThat(CONFIGS.versionedConfigFor("BAD").version()).isEqualTo(1);
    }

    @Test
    void givenStoredAvailability_load_showsItsJsonWithTheFormatHint() throws Exception {
        String url = server.baseUrl() + "/admin.html?project=AVAIL";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.body().attr("data-done")).isEqualTo("loaded");
        assertThat(dom.getElementById("st-availability-json").wholeText()).isEqualTo(AGENT_HOURS);
        assertThat(dom.select("label[for=st-availability-json]").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.availability.json"));
        assertThat(dom.getElementById("st-availability-json-description").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.availability.hint"));
        assertThat(dom.select(".st-availability-form button").eachText())
                .containsExactly(
                        ENGLISH.getText("smarttriage.admin.config.availability.save"),
                        ENGLISH.getText("smarttriage.admin.config.availability.remove"));
        assertThat(dom.select(".st-availability-status *")).isEmpty();
    }

    @Test
    void givenNoAvailability_load_showsAnEmptyTextArea() throws Exception {
        String url = server.baseUrl() + "/admin.html?project=HELP";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.getElementById("st-availability-json").wholeText()).isEmpty();
        assertThat(dom.select(".st-availability-status *")).isEmpty();
    }

    @Test
    void givenUnknownZone_saveAvailability_showsTheBadRequestErrorAndKeepsTheStoredJson()
            throws Exception {
        String invalid = "{\"agents\": {\"agent-2\": {\"zone\": \"Mars/Olympus\"}}}";
        String url = server.baseUrl() + "/admin.html?project=AVBAD&availability=" + query(invalid);

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        Object expected = resource.changeAvailability("AVBAD", invalid).getEntity();
        assertThat(dom.body().attr("data-done")).isEqualTo("availability");
        assertThat(dom.selectFirst(".st-availability-status .error p").text())
                .isEqualTo(((Map<?, ?>) expected).get("error"))
                .contains("agent-2", "Mars/Olympus");
        assertThat(AVAILABILITY.json("AVBAD")).contains(AGENT_HOURS);
    }

    @Test
    void givenValidJson_saveAvailability_storesItAndSaysSo() throws Exception {
        String url =
                server.baseUrl() + "/admin.html?project=AVSAVE&availability=" + query(AGENT_HOURS);

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(AVAILABILITY.json("AVSAVE")).contains(AGENT_HOURS);
        assertThat(dom.selectFirst(".st-availability-status .success").text())
                .isEqualTo(
                        ENGLISH.getText("smarttriage.admin.config.availability.saved", "AVSAVE"));
        assertThat(dom.getElementById("st-availability-json").wholeText()).isEqualTo(AGENT_HOURS);
    }

    @Test
    void givenStoredAvailability_removeAfterConfirm_clearsItAndEmptiesTheTextArea()
            throws Exception {
        String url = server.baseUrl() + "/admin.html?project=AVGONE&remove=1";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.body().attr("data-confirm"))
                .isEqualTo(
                        ENGLISH.getText("smarttriage.admin.config.availability.confirm", "AVGONE"));
        assertThat(AVAILABILITY.json("AVGONE")).isEmpty();
        assertThat(dom.selectFirst(".st-availability-status .success").text())
                .isEqualTo(
                        ENGLISH.getText("smarttriage.admin.config.availability.removed", "AVGONE"));
        assertThat(dom.getElementById("st-availability-json").wholeText()).isEmpty();
    }

    @Test
    void givenStoredConfigs_start_listsTheProjectsSortedWithEnabledAndLocalizedModes()
            throws Exception {
        String url = server.baseUrl() + "/admin.html?list=";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.body().attr("data-done")).isEqualTo("listed");
        List<String> keys = new ArrayList<>(PROJECTS);
        keys.add(GONE);
        Collections.sort(keys);
        assertThat(dom.select(".st-config-projects tbody tr").eachAttr("data-project"))
                .containsExactlyElementsOf(keys);
        Element help = dom.selectFirst(".st-config-projects tr[data-project=HELP]");
        assertThat(help.selectFirst(".st-config-projects-enabled").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.projects.enabled.yes"));
        assertThat(help.select(".st-config-projects-mode").eachText())
                .containsExactly(
                        ENGLISH.getText("smarttriage.mode.off"),
                        ENGLISH.getText("smarttriage.mode.shadow"),
                        ENGLISH.getText("smarttriage.mode.suggest"),
                        ENGLISH.getText("smarttriage.mode.shadow"));
        assertThat(help.selectFirst("button").attr("aria-label"))
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.projects.load", "HELP"));
        Element gone = dom.selectFirst(".st-config-projects tr[data-project=GONE]");
        assertThat(gone.selectFirst(".st-config-projects-unknown").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.projects.unknown"));
        assertThat(gone.selectFirst(".st-config-projects-enabled").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.projects.enabled.no"));
        assertThat(gone.selectFirst("button").hasAttr("disabled")).isTrue();
        assertThat(dom.select(".st-config-projects caption").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.projects"));
    }

    @Test
    void givenListedProject_loadInItsRow_fillsTheFormWithItsConfiguration() throws Exception {
        String url = server.baseUrl() + "/admin.html?list=HELP";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.body().attr("data-done")).isEqualTo("loaded");
        assertThat(dom.selectFirst(".st-config-version").text())
                .isEqualTo(ENGLISH.getText("smarttriage.admin.config.version", "HELP", "1"));
        assertThat(selected(dom, "st-config-category-mode")).isEqualTo("OFF");
        assertThat(selected(dom, "st-config-priority-mode")).isEqualTo("SUGGEST");
        assertThat(dom.getElementById("st-config-automation").attr("value"))
                .isEqualTo("triage-bot");
    }

    @Test
    void givenStoredConfig_screenshot_isKeptAsATestArtifact() throws Exception {
        Files.deleteIfExists(SCREENSHOT);

        chromium.screenshot(server.baseUrl() + "/admin.html?project=HELP", SCREENSHOT);

        assertThat(SCREENSHOT).exists();
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(Arrays.copyOfRange(png, 1, 4)).isEqualTo("PNG".getBytes());
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String selected(Document dom, String id) {
        Element option = dom.getElementById(id).selectFirst("option[selected]");
        return option == null ? null : option.attr("value");
    }

    private static JsonNode lastPut(String project) throws IOException {
        synchronized (PUT_BODIES) {
            for (int i = PUT_BODIES.size() - 1; i >= 0; i--) {
                JsonNode body = new ObjectMapper().readTree(PUT_BODIES.get(i));
                if (project.equals(body.path("projectKey").asText())) {
                    return body;
                }
            }
        }
        throw new AssertionError("no PUT for project " + project + " in " + PUT_BODIES);
    }

    /** Serves admin.vm rendered with the English bundle, with the test head in its head. */
    private static void page(HttpExchange exchange) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty(
                "resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        VelocityContext context = new VelocityContext();
        context.put("version", "9.8.7");
        context.put("jsmPresent", true);
        context.put("i18n", ENGLISH);
        context.put("webResourceManager", new AdminTemplateTest.RecordingResources());
        StringWriter out = new StringWriter();
        new VelocityEngine(properties)
                .getTemplate(AdminServlet.TEMPLATE, "UTF-8")
                .merge(context, out);
        String head = new String(GadgetServer.resource("admin/head.html"), GadgetServer.UTF8);
        String html = out.toString().replace("</head>", head + "</head>");
        GadgetServer.send(exchange, 200, "text/html", html.getBytes(GadgetServer.UTF8));
    }

    /**
     * Answers the configuration REST paths with the real resource; after each read of a project in
     * {@link #BEHIND} another administrator's save is simulated.
     */
    private static void rest(HttpExchange exchange) throws IOException {
        String[] path =
                exchange.getRequestURI().getPath().substring(CONFIG_REST.length()).split("/");
        String key = path[0];
        String method = exchange.getRequestMethod();
        Response response;
        if (path.length > 1 && "availability".equals(path[1])) {
            String body = new String(exchange.getRequestBody().readAllBytes(), GadgetServer.UTF8);
            response =
                    switch (method) {
                        case "PUT" -> resource.changeAvailability(key, body);
                        case "DELETE" -> resource.clearAvailability(key);
                        default -> resource.readAvailability(key);
                    };
        } else if ("PUT".equals(method)) {
            String body = new String(exchange.getRequestBody().readAllBytes(), GadgetServer.UTF8);
            PUT_BODIES.add(body);
            response = resource.change(key, new ObjectMapper().readValue(body, ConfigView.class));
        } else if (path.length > 1 && "accuracy".equals(path[1])) {
            response = resource.accuracy(key, 30);
        } else {
            response = resource.read(key);
            if (BEHIND.contains(key)) {
                CONFIGS.save(CONFIGS.configFor(key), OptionalLong.empty());
            }
        }
        send(exchange, response);
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        Object entity = response.getEntity();
        byte[] json =
                entity == null
                        ? new byte[0]
                        : entity instanceof String text
                                ? text.getBytes(GadgetServer.UTF8)
                                : new ObjectMapper().writeValueAsBytes(entity);
        GadgetServer.send(exchange, response.getStatus(), "application/json", json);
    }

    private static TriageConfigResource resource() {
        UserManager users = mock(UserManager.class);
        com.atlassian.jira.user.util.UserManager jiraUsers =
                mock(com.atlassian.jira.user.util.UserManager.class);
        ProjectManager projects = mock(ProjectManager.class);
        UserKey admin = mock(UserKey.class);
        when(users.getRemoteUserKey()).thenReturn(admin);
        when(users.isSystemAdmin(admin)).thenReturn(true);
        Project project = mock(Project.class);
        for (String key : PROJECTS) {
            when(projects.getProjectByCurrentKey(key)).thenReturn(project);
        }
        when(projects.getProjectByCurrentKey(UNSAVED)).thenReturn(project);
        for (String key : List.of("triage-bot", "agent-1", "agent-2")) {
            ApplicationUser user = mock(ApplicationUser.class);
            when(user.getKey()).thenReturn(key);
            when(user.isActive()).thenReturn(true);
            when(jiraUsers.getUserByKey(key)).thenReturn(user);
        }
        return new TriageConfigResource(
                users,
                jiraUsers,
                ENGLISH,
                projects,
                CONFIGS,
                AVAILABILITY,
                AUDIT,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ProjectConfig config(String key, String automationUser) {
        return new ProjectConfig(
                key,
                true,
                Map.of(
                        TargetField.CATEGORY,
                        new FieldSettings(FieldMode.OFF, 0.5, 0.8),
                        TargetField.PRIORITY,
                        new FieldSettings(FieldMode.SUGGEST, 0.7, 0.9)),
                automationUser,
                List.of("agent-1", "agent-2"),
                AssignmentStrategy.ROUND_ROBIN,
                true);
    }

    private static void judged(long issueId, TargetField field, Feedback feedback) {
        Instant at = NOW.minusSeconds(3600);
        long id = AUDIT.append(Records.decision(issueId, field, "High", Action.APPLY, at)).id();
        AUDIT.correct(id, new Correction(feedback, "agent-1", "High", at.plusSeconds(60)));
    }
}
