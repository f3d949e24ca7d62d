package io.smarttriage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smarttriage.forecast.ForecastSnapshot;
import io.smarttriage.forecast.SnapshotBuilder;
import io.smarttriage.forecast.Snapshots;
import io.smarttriage.i18n.BundleI18nResolver;
import io.smarttriage.jira.forecast.ForecastStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the forecast dashboard item in headless Chromium against the REST resource's JSON served
 * on 127.0.0.1, and checks what a manager sees. Keeps a screenshot in {@code target/browser/}.
 */
class ForecastGadgetBrowserTest {
    private static final Path SCREENSHOT = Path.of("target/browser/forecast-gadget.png");
    private static final int HORIZON = 28;

    private static HeadlessChromium chromium;
    private static GadgetServer server;
    private static Properties english;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.find();
        server =
                new GadgetServer(
                        Map.of(
                                "DEMO", endpointJson("DEMO", Snapshots.of("DEMO", 365), "day"),
                                "NEW", endpointJson("NEW", tooShort(), "day"),
                                "HOURLY",
                                        endpointJson("HOURLY", Snapshots.of("HOURLY", 365), "hour"),
                                "DEMO/categories",
                                        categoriesJson("DEMO", "Incident", "Service request")));
        english = new Properties();
        try (InputStream in =
                ForecastGadgetBrowserTest.class
                        .getClassLoader()
                        .getResourceAsStream("i18n/smart-triage.properties")) {
            english.load(in);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void givenStoredForecast_render_drawsHistoryForecastAndBothBands() throws Exception {
        String url = page("DEMO");

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        Element svg = dom.selectFirst("svg[role=img]");
        assertThat(svg).isNotNull();
        assertThat(svg.selectFirst("title").text()).isEqualTo("Workload forecast for DEMO");
        assertThat(svg.selectFirst("desc").text()).contains(HORIZON + " days");
        assertThat(points(dom, "polyline.st-history").length)
                .isEqualTo(SnapshotBuilder.CHART_HISTORY_DAYS);
        assertThat(points(dom, "polyline.st-forecast").length).isEqualTo(HORIZON);
        assertThat(points(dom, "polygon.st-band80").length).isEqualTo(2 * HORIZON);
        assertThat(points(dom, "polygon.st-band95").length).isEqualTo(2 * HORIZON);
        assertThat(dom.select("rect.st-staff-bar")).hasSize(HORIZON);
    }

    @Test
    void givenStoredForecast_render_widerBandEnclosesNarrowerBandAndForecast() throws Exception {
        String url = page("DEMO");

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        double[][] band95 = points(dom, "polygon.st-band95");
        double[][] band80 = points(dom, "polygon.st-band80");
        double[][] line = points(dom, "polyline.st-forecast");
        for (int i = 0; i < HORIZON; i++) {
            assertThat(band95[i][1]).isLessThanOrEqualTo(band80[i][1]);
            assertThat(band80[i][1]).isLessThanOrEqualTo(line[i][1]);
            int lower = 2 * HORIZON - 1 - i;
            assertThat(band95[lower][1]).isGreaterThanOrEqualTo(band80[lower][1]);
            assertThat(band80[lower][1]).isGreaterThanOrEqualTo(line[i][1]);
        }
    }

    @Test
    void givenStoredForecast_render_labelsLegendAndTableFromTheBundle() throws Exception {
        String url = page("DEMO");

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.select(".st-legend li").eachText())
                .containsExactly(
                        text("legend.history"),
                        text("legend.forecast"),
                        text("legend.band80"),
                        text("legend.band95"),
                        text("legend.staffing"));
        assertThat(dom.select(".st-table caption").text()).isEqualTo(text("table.caption"));
        assertThat(dom.select(".st-table th").eachText())
                .containsExactly(
                        text("table.date"),
                        text("table.expected"),
                        text("table.band80"),
                        text("table.band95"),
                        text("table.agents"));
        assertThat(dom.select(".st-table tbody tr")).hasSize(HORIZON);
        assertThat(dom.body().attr("data-loaded")).isEqualTo("true");
    }

    @Test
    void givenTooShortHistory_render_showsTheEmptyHistoryMessageAndNoChart() throws Exception {
        String url = page("NEW");

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.select("p.st-empty[role=status]").text()).isEqualTo(text("empty.history"));
        assertThat(dom.select("svg")).isEmpty();
    }

    @Test
    void givenHourlyView_render_drawsOnePointPerHourOfTheFirstWeekWithoutHistory()
            throws Exception {
        String url = page("HOURLY");

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(points(dom, "polyline.st-forecast").length).isEqualTo(7 * 24);
        assertThat(points(dom, "polygon.st-band95").length).isEqualTo(2 * 7 * 24);
        assertThat(dom.select("polyline.st-history")).isEmpty();
        assertThat(dom.select(".st-legend li").eachText()).doesNotContain(text("legend.history"));
        assertThat(dom.selectFirst("svg desc").text()).contains("168");
    }

    @Test
    void givenStoredCategories_editForm_offersThemAfterTheProjectTotalAndSavesTheChoice()
            throws Exception {
        String url = page("DEMO") + "&edit=help&saved-category=Change&category=Service%20request";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.select("form.st-forecast-edit label").eachText())
                .containsExactly(
                        text("edit.project"),
                        text("edit.horizon"),
                        text("edit.granularity"),
                        text("edit.category"));
        assertThat(dom.select("form.st-forecast-edit button").text()).isEqualTo(text("edit.save"));
        assertThat(dom.body().attr("data-category-control")).isEqualTo("select");
        Element category = dom.selectFirst("select[id$=-category]");
        assertThat(category.select("option").eachAttr("value"))
                .containsExactly("", "Incident", "Service request", "Change");
        assertThat(category.select("option").eachText())
                .containsExactly(
                        text("edit.category.total"),
                        "Incident",
                        "Service request",
                        text("edit.category.missing").replace("{0}", "Change"));
        assertThat(dom.select("label[for=" + category.id() + "]")).hasSize(1);
        assertThat(dom.body().attr("data-saved"))
                .isEqualTo(
                        "{\"project\":\"HELP\",\"horizon\":\"56\",\"granularity\":\"hour\","
                                + "\"category\":\"Service request\"}");
    }

    @Test
    void givenProjectTotalChosen_editForm_savesAnEmptyCategory() throws Exception {
        String url = page("DEMO") + "&edit=DEMO&saved-category=Incident&category=";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.body().attr("data-category-control")).isEqualTo("select");
        assertThat(dom.body().attr("data-saved")).endsWith("\"category\":\"\"}");
    }

    @Test
    void givenCategoriesCannotBeLoaded_editForm_fallsBackToTextAndSavesWhatIsTyped()
            throws Exception {
        String url = page("NEW") + "&edit=help&category=%20Incident%20";

        Document dom = Jsoup.parse(chromium.dumpDom(url));

        assertThat(dom.body().attr("data-category-control")).isEqualTo("input");
        Element category = dom.selectFirst("input[id$=-category]");
        assertThat(category.attr("aria-describedby")).isEqualTo(category.id() + "-note");
        assertThat(dom.getElementById(category.id() + "-note").text())
                .isEqualTo(text("edit.category.unavailable"));
        assertThat(dom.body().attr("data-saved"))
                .isEqualTo(
                        "{\"project\":\"HELP\",\"horizon\":\"56\",\"granularity\":\"hour\","
                                + "\"category\":\"Incident\"}");
    }

    @Test
    void givenStoredForecast_screenshot_isKeptAsATestArtifact() throws Exception {
        Files.deleteIfExists(SCREENSHOT);

        chromium.screenshot(page("DEMO"), SCREENSHOT);

        assertThat(SCREENSHOT).exists();
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(Arrays.copyOfRange(png, 1, 4)).isEqualTo("PNG".getBytes());
    }

    private static String page(String project) {
        return server.baseUrl()
                + "/harness.html?project="
                + project
                + "&horizon="
                + HORIZON
                + "&granularity=day";
    }

    private static String text(String suffix) {
        return english.getProperty("smarttriage.gadget.forecast." + suffix);
    }

    private static double[][] points(Document dom, String selector) {
        Element shape = dom.selectFirst(selector);
        assertThat(shape).as(selector).isNotNull();
        return Arrays.stream(shape.attr("points").trim().split("\\s+"))
                .map(p -> Arrays.stream(p.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }

    private static ForecastSnapshot tooShort() {
        return ForecastSnapshot.tooShort("NEW", Snapshots.NOW.toString(), "UTC", 9);
    }

    /** The JSON the categories endpoint answers for {@code names}, with the Jira side mocked. */
    private static String categoriesJson(String key, String... names) throws Exception {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        ProjectManager projects = mock(ProjectManager.class);
        PermissionManager permissions = mock(PermissionManager.class);
        ForecastStore store = mock(ForecastStore.class);
        ApplicationUser user = mock(ApplicationUser.class);
        Project project = mock(Project.class);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(projects.getProjectByCurrentKey(key)).thenReturn(project);
        when(project.getKey()).thenReturn(key);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user))
                .thenReturn(true);
        when(store.categories(key)).thenReturn(List.of(names));
        Object entity =
                new ForecastResource(
                                authentication,
                                projects,
                                permissions,
                                store,
                                BundleI18nResolver.english())
                        .categories(key)
                        .getEntity();
        return new ObjectMapper().writeValueAsString(entity);
    }

    /** The JSON the REST resource answers for {@code snapshot}, with the Jira side mocked. */
    private static String endpointJson(String key, ForecastSnapshot snapshot, String granularity)
            throws Exception {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        ProjectManager projects = mock(ProjectManager.class);
        PermissionManager permissions = mock(PermissionManager.class);
        ForecastStore store = mock(ForecastStore.class);
        ApplicationUser user = mock(ApplicationUser.class);
        Project project = mock(Project.class);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(projects.getProjectByCurrentKey(key)).thenReturn(project);
        when(project.getKey()).thenReturn(key);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user))
                .thenReturn(true);
        when(store.load(key)).thenReturn(Optional.of(snapshot));
        Object entity =
                new ForecastResource(
                                authentication,
                                projects,
                                permissions,
                                store,
                                BundleI18nResolver.english())
                        .forecast(key, HORIZON, granularity)
                        .getEntity();
        return new ObjectMapper().writeValueAsString(entity);
    }
}
