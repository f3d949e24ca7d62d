package io.smarttriage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.smarttriage.i18n.BundleI18nResolver;
import io.smarttriage.jira.MemoryPluginSettings;
import io.smarttriage.jira.forecast.ForecastJobConfig;
import io.smarttriage.jira.forecast.ForecastStore;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link ForecastJobConfigResource}, with a real store over in-memory settings. */
class ForecastJobConfigResourceTest {
    private static final String VALID =
            "{\"runAsUserKey\": \"JIRAUSER10100\", \"projects\": [\"HELP\"],"
                    + " \"zone\": \"Europe/Berlin\", \"historyDays\": 365,"
                    + " \"holidays\": [\"2026-12-25\"], \"issueTypes\": [\"Incident\"]}";

    private final UserManager users = mock(UserManager.class);
    private final com.atlassian.jira.user.util.UserManager jiraUsers =
            mock(com.atlassian.jira.user.util.UserManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final Map<String, Object> values = new HashMap<>();
    private final ForecastStore store = new ForecastStore(MemoryPluginSettings.factory(values));
    private final ForecastJobConfigResource resource =
            new ForecastJobConfigResource(
                    users, jiraUsers, projects, permissions, store, BundleI18nResolver.english());
    private final UserKey admin = mock(UserKey.class);
    private final ApplicationUser runAs = mock(ApplicationUser.class);
    private final Project help = mock(Project.class);

    @Test
    void givenResourceClass_annotations_requireSystemAdministrators() {
        Class<?> type = ForecastJobConfigResource.class;

        boolean annotated = type.isAnnotationPresent(SystemAdminOnly.class);

        assertThat(annotated).isTrue();
    }

    @Test
    void givenAdminAndNothingStored_read_returns204() {
        signedIn(true);

        Response response = resource.read();

        assertThat(response.getStatus()).isEqualTo(204);
    }

    @Test
    void givenAdminAndValidSettings_change_storesThemAndReadReturnsTheSame() {
        signedIn(true);
        jiraKnows();

        Response response = resource.change(VALID);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(store.config())
                .isEqualTo(
                        new ForecastJobConfig(
                                "JIRAUSER10100",
                                List.of("HELP"),
                                "Europe/Berlin",
                                365,
                                List.of("2026-12-25"),
                                List.of("Incident")));
        Response read = resource.read();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getEntity()).isEqualTo(response.getEntity());
    }

    @Test
    void givenProjectKeyInOtherCase_change_storesTheKeyAsJiraSpellsIt() {
        signedIn(true);
        jiraKnows();
        when(projects.getProjectByCurrentKey("help")).thenReturn(help);

        Response response =
                resource.change(
                        "{\"runAsUserKey\": \"JIRAUSER10100\", \"projects\":" + " [\"help\"]}");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(store.config().projects()).containsExactly("HELP");
        assertThat(store.config().historyDays()).isEqualTo(365);
    }

    @Test
    void givenDeactivatedRunAsUser_change_returns400NamingTheKeyAndStoresNothing() {
        signedIn(true);
        jiraKnows();
        when(runAs.isActive()).thenReturn(false);

        Response response = resource.change(VALID);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response))
                .isEqualTo(
                        "Forecast setting \"runAsUserKey\": the user with the key"
                                + " \"JIRAUSER10100\" is deactivated; the job runs only as an"
                                + " active user.");
        assertThat(values).doesNotContainKey(ForecastStore.CONFIG_KEY);
    }

    @Test
    void givenUnknownUserAndUnknownProject_change_returns400NamingBothAndStoresNothing() {
        signedIn(true);
        jiraKnows();
        String json = "{\"runAsUserKey\": \"ghost\", \"projects\": [\"HELP\", \"NOPE\"]}";

        Response response = resource.change(json);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response))
                .isEqualTo(
                        "Forecast setting \"runAsUserKey\": no Jira user has the key \"ghost\". "
                                + "Forecast setting \"projects\", entry 2: no project has the key"
                                + " \"NOPE\".");
        assertThat(values).isEmpty();
    }

    @Test
    void givenRunAsUserWhoMayNotBrowseTheProject_change_returns400NamingUserAndProject() {
        signedIn(true);
        jiraKnows();
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, help, runAs))
                .thenReturn(false);

        Response response = resource.change(VALID);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response))
                .isEqualTo(
                        "Forecast setting \"projects\", entry 1: the run-as user"
                                + " \"JIRAUSER10100\" may not browse project \"HELP\", so the job"
                                + " would count no requests there.");
        assertThat(values).isEmpty();
    }

    @Test
    void givenProjectListedTwice_change_returns400NamingTheSecondEntry() {
        signedIn(true);
        jiraKnows();
        String json = "{\"runAsUserKey\": \"JIRAUSER10100\", \"projects\": [\"HELP\", \"HELP\"]}";

        Response response = resource.change(json);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response))
                .isEqualTo(
                        "Forecast setting \"projects\", entry 2: project \"HELP\" is listed"
                                + " twice.");
    }

    @Test
    void givenNoRunAsUser_change_returns400SayingItIsRequired() {
        signedIn(true);
        jiraKnows();

        Response response = resource.change("{\"projects\": [\"HELP\"]}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response)).startsWith("Forecast setting \"runAsUserKey\" is required");
        assertThat(values).isEmpty();
    }

    @Test
    void givenBadZoneAndUnknownField_change_returns400FromTheSettingsParser() {
        signedIn(true);
        jiraKnows();

        Response zone =
                resource.change("{\"runAsUserKey\": \"JIRAUSER10100\", \"zone\": \"CET1\"}");
        Response field = resource.change("{\"runAsUserKey\": \"JIRAUSER10100\", \"days\": 90}");

        assertThat(zone.getStatus()).isEqualTo(400);
        assertThat(error(zone)).contains("'zone'", "'CET1' is not a time zone id");
        assertThat(field.getStatus()).isEqualTo(400);
        assertThat(error(field))
                .startsWith(
                        "Forecast settings are not valid: forecast settings: unknown field"
                                + " 'days'");
        assertThat(values).isEmpty();
    }

    @Test
    void givenBodyOverTheCap_change_returns400NamingCapAndLength() {
        signedIn(true);
        jiraKnows();
        String padded =
                VALID.replace("{", "{" + " ".repeat(ForecastJobConfigResource.MAX_CONFIG_CHARS));

        Response response = resource.change(padded);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response))
                .isEqualTo(
                        "Forecast settings: at most 65536 characters, was "
                                + padded.length()
                                + ".");
    }

    @Test
    void givenEmptyBody_change_returns400() {
        signedIn(true);

        Response response = resource.change("");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("A forecast settings body is required.");
    }

    @Test
    void givenNonAdmin_everyMethod_returns403AndLeavesTheSettingsAlone() {
        signedIn(false);
        jiraKnows();
        values.put(ForecastStore.CONFIG_KEY, "{\"runAsUserKey\": \"svc\"}");

        Response read = resource.read();
        Response change = resource.change(VALID);
        Response clear = resource.clear();

        assertThat(List.of(read.getStatus(), change.getStatus(), clear.getStatus()))
                .containsOnly(403);
        assertThat(values).containsEntry(ForecastStore.CONFIG_KEY, "{\"runAsUserKey\": \"svc\"}");
    }

    @Test
    void givenAnonymousCaller_read_returns403() {
        when(users.getRemoteUserKey()).thenReturn(null);

        Response response = resource.read();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void givenStoredSettings_clear_removesThemAndReadSaysNoContent() {
        signedIn(true);
        values.put(ForecastStore.CONFIG_KEY, "{\"runAsUserKey\": \"svc\"}");

        Response cleared = resource.clear();

        assertThat(cleared.getStatus()).isEqualTo(204);
        assertThat(values).isEmpty();
        assertThat(resource.read().getStatus()).isEqualTo(204);
    }

    @Test
    void givenUnreadableStoredSettings_read_returns500NamingTheSettingAndTheWayOut() {
        signedIn(true);
        values.put(ForecastStore.CONFIG_KEY, "{\"historyDays\": 9000}");

        Response response = resource.read();

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(error(response))
                .contains(ForecastStore.CONFIG_KEY, "'historyDays' must be 56 to 730, was 9000")
                .startsWith("The stored forecast settings cannot be read: ")
                .endsWith("; replace them with PUT or remove them with DELETE.");
    }

    private void signedIn(boolean systemAdmin) {
        when(users.getRemoteUserKey()).thenReturn(admin);
        when(users.isSystemAdmin(admin)).thenReturn(systemAdmin);
    }

    /** Jira knows user JIRAUSER10100, who may browse project HELP. */
    private void jiraKnows() {
        when(runAs.getKey()).thenReturn("JIRAUSER10100");
        when(runAs.isActive()).thenReturn(true);
        when(jiraUsers.getUserByKey("JIRAUSER10100")).thenReturn(runAs);
        when(help.getKey()).thenReturn("HELP");
        when(projects.getProjectByCurrentKey("HELP")).thenReturn(help);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, help, runAs))
                .thenReturn(true);
    }

    @SuppressWarnings("unchecked")
    private static String error(Response response) {
        return ((Map<String, String>) response.getEntity()).get("error");
    }
}
