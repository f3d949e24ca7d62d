package io.smarttriage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriageConfigResourceTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private final UserManager users = mock(UserManager.class);
    private final com.atlassian.jira.user.util.UserManager jiraUsers =
            mock(com.atlassian.jira.user.util.UserManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final MemoryConfigStore configs = new MemoryConfigStore();
    private final MemoryAvailabilityStore availability = new MemoryAvailabilityStore();
    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final TriageConfigResource resource =
            new TriageConfigResource(
                    users,
                    jiraUsers,
                    BundleI18nResolver.english(),
                    projects,
                    configs,
                    availability,
                    audit,
                    Clock.fixed(NOW, ZoneOffset.UTC));
    private final UserKey admin = mock(UserKey.class);
    private final Project help = mock(Project.class);

    @Test
    void givenResourceClass_annotations_requireSystemAdministrators() {
        Class<?> type = TriageConfigResource.class;

        boolean annotated = type.isAnnotationPresent(SystemAdminOnly.class);

        assertThat(annotated).isTrue();
    }

    @Test
    void givenAdminAndUnconfiguredProject_read_returnsShadowDefaults() {
        signedIn(true);

        Response response = resource.read("HELP");

        ConfigView view = (ConfigView) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(view.fields().values()).allMatch(f -> f.mode() == FieldMode.SHADOW);
    }

    @Test
    void givenAdmin_change_storesTheNewConfiguration() {
        signedIn(true);

        Response response = resource.change("HELP", body(1.0));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(configs.configFor("HELP").settings(TargetField.PRIORITY).mode())
                .isEqualTo(FieldMode.AUTO);
        assertThat(configs.configFor("HELP").enabled()).isTrue();
    }

    @Test
    void givenThresholdOutOfRange_change_returns400NamingTheValue() {
        signedIn(true);

        Response response = resource.change("HELP", body(1.7));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response))
                .isEqualTo("Field PRIORITY: \"threshold\" must be between 0 and 1, was 1.7.");
        assertThat(configs.find("HELP")).isEmpty();
    }

    @Test
    void givenNonAdmin_change_returns403AndStoresNothing() {
        signedIn(false);

        Response response = resource.change("HELP", body(0.9));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(error(response)).isEqualTo("Only system administrators may do this.");
        assertThat(configs.find("HELP")).isEmpty();
    }

    @Test
    void givenStoredConfigs_list_returnsThemSortedByKeyWithModesAndMarksUnknownProjects() {
        signedIn(true);
        configs.save(
                new ProjectConfig(
                        "HELP",
                        true,
                        Map.of(TargetField.PRIORITY, new FieldSettings(FieldMode.AUTO, 0.8, 0.9)),
                        null,
                        List.of(),
                        AssignmentStrategy.PREDICTED,
                        false));
        configs.save(ProjectConfig.defaults("GONE"));

        Response response = resource.list();

        assertThat(response.getStatus()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<ConfiguredProjectView> list = (List<ConfiguredProjectView>) response.getEntity();
        assertThat(list)
                .extracting(
                        ConfiguredProjectView::projectKey,
                        ConfiguredProjectView::enabled,
                        ConfiguredProjectView::known)
                .containsExactly(tuple("GONE", false, false), tuple("HELP", true, true));
        assertThat(list.get(1).modes())
                .containsEntry(TargetField.PRIORITY, FieldMode.AUTO)
                .containsEntry(TargetField.CATEGORY, FieldMode.SHADOW)
                .hasSize(TargetField.values().length);
    }

    @Test
    void givenNonAdmin_list_returns403WithoutTheConfigurations() {
        signedIn(false);
        configs.save(ProjectConfig.defaults("HELP"));

        Response response = resource.list();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(error(response)).isEqualTo("Only system administrators may do this.");
    }

    @Test
    void givenUnknownProject_read_returns404() {
        signedIn(true);

        Response response = resource.read("NOPE");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(error(response)).isEqualTo("No project has the key \"NOPE\".");
    }

    @Test
    void givenAdminAndValidAvailability_changeAvailability_storesItAsSent() {
        signedIn(true);
        String json = "{\"agents\": {\"agent-1\": {\"paused\": true}}}";

        Response response = resource.changeAvailability("HELP", json);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(availability.json("HELP")).contains(json);
    }

    @Test
    void givenAgentOutsideThePool_changeAvailability_returns400NamingKeyAndRule() {
        signedIn(true);
        configs.save(
                new ProjectConfig(
                        "HELP",
                        true,
                        Map.of(),
                        null,
                        List.of("agent-1"),
                        AssignmentStrategy.PREDICTED,
                        false));

        Response response = resource.changeAvailability("HELP", "{\"agents\": {\"agent-9\": {}}}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getEntity().toString())
                .contains("agent 'agent-9' must be a user key of the project's agent pool");
        assertThat(availability.json("HELP")).isEmpty();
    }

    @Test
    void givenBadWorkingHours_changeAvailability_returns400NamingTheValue() {
        signedIn(true);
        String json = "{\"agents\": {\"agent-1\": {\"hours\": {\"MON\": [\"9-5\"]}}}}";

        Response response = resource.changeAvailability("HELP", json);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getEntity().toString()).contains("agent-1", "9-5");
    }

    @Test
    void givenNonAdmin_changeAvailability_returns403AndStoresNothing() {
        signedIn(false);

        Response response = resource.changeAvailability("HELP", "{\"agents\": {}}");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(availability.json("HELP")).isEmpty();
    }

    @Test
    void givenStoredAvailability_clearAvailability_removesItAndReadSaysNoContent() {
        signedIn(true);
        availability.save("HELP", "{\"agents\": {}}");

        Response cleared = resource.clearAvailability("HELP");

        assertThat(cleared.getStatus()).isEqualTo(204);
        assertThat(resource.readAvailability("HELP").getStatus()).isEqualTo(204);
    }

    @Test
    void givenJudgedDecisions_accuracy_totalsPerFieldAndPerDayInTheWindow() {
        signedIn(true);
        judged(1L, TargetField.PRIORITY, "2026-03-09T08:00:00Z", Feedback.KEPT);
        judged(2L, TargetField.PRIORITY, "2026-03-09T09:00:00Z", Feedback.CHANGED);
        judged(3L, TargetField.PRIORITY, "2026-03-10T09:00:00Z", Feedback.KEPT);
        judged(4L, TargetField.PRIORITY, "2026-03-01T09:00:00Z", Feedback.KEPT);
        audit.append(Records.decision(5L, TargetField.ASSIGNEE, "a", Action.APPLY, NOW));

        Response response = resource.accuracy("HELP", 7);

        AccuracyView view = (AccuracyView) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(view.from()).isEqualTo("2026-03-04");
        assertThat(view.truncated()).isFalse();
        assertThat(view.fields())
                .containsExactly(new AccuracyView.Total(TargetField.PRIORITY, 2, 3, 2.0 / 3));
        assertThat(view.points())
                .extracting(AccuracyView.Point::day, AccuracyView.Point::judged)
                .containsExactly(tuple("2026-03-09", 2), tuple("2026-03-10", 1));
    }

    @Test
    void givenWindowOutOfRange_accuracy_returns400NamingTheValue() {
        signedIn(true);

        Response response = resource.accuracy("HELP", 0);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("Query parameter \"days\" must be 1 to 366, was 0.");
    }

    @Test
    void givenNonAdmin_accuracy_returns403() {
        signedIn(false);

        Response response = resource.accuracy("HELP", 30);

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void givenUnknownAutomationUserAndInactiveAgent_change_returns400NamingBothAndSavesNothing() {
        signedIn(true);
        when(activeUser("agent-2").isActive()).thenReturn(false);
        ConfigView sent = body(0.9, "JIRAUSER404", List.of("agent-1", "agent-2"), null);

        Response response = resource.change("HELP", sent);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response))
                .isEqualTo(
                        "Setting \"automationUserKey\": no Jira user has the key \"JIRAUSER404\";"
                                + " the app acts as and assigns to existing, active users only."
                                + " Setting \"agentPool[1]\": the Jira user with the key"
                                + " \"agent-2\" is inactive; the app acts as and assigns to"
                                + " existing, active users only.");
        assertThat(configs.find("HELP")).isEmpty();
    }

    @Test
    void givenBlankAgentInThePool_change_returns400NamingTheEntry() {
        signedIn(true);

        Response response = resource.change("HELP", body(0.9, null, List.of(" "), null));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("Setting \"agentPool[0]\": a user key is required.");
        assertThat(configs.find("HELP")).isEmpty();
    }

    @Test
    void givenUnknownAgentInGerman_change_returns400InGerman() {
        signedIn(true);
        TriageConfigResource german =
                new TriageConfigResource(
                        users,
                        jiraUsers,
                        BundleI18nResolver.german(),
                        projects,
                        configs,
                        availability,
                        audit,
                        Clock.fixed(NOW, ZoneOffset.UTC));

        Response response = german.change("HELP", body(0.9, null, List.of("ghost"), null));

        assertThat(error(response))
                .isEqualTo(
                        "Einstellung \"agentPool[0]\": kein Jira-Benutzer hat den Schl\u00fcssel"
                                + " \"ghost\"; die App handelt nur als vorhandene, aktive"
                                + " Benutzer und weist nur ihnen zu.");
    }

    @Test
    void givenTwoSaves_read_returnsVersionTwo() {
        signedIn(true);
        resource.change("HELP", body(0.9));
        resource.change("HELP", body(0.8));

        ConfigView view = (ConfigView) resource.read("HELP").getEntity();

        assertThat(view.version()).isEqualTo(2L);
        assertThat(view.fields().get(TargetField.PRIORITY).threshold()).isEqualTo(0.8);
    }

    @Test
    void givenCurrentVersion_change_savesAndReturnsTheNextVersion() {
        signedIn(true);
        resource.change("HELP", body(0.9));

        Response response = resource.change("HELP", body(0.8, "triage-bot", List.of(), 1L));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(((ConfigView) response.getEntity()).version()).isEqualTo(2L);
        assertThat(configs.configFor("HELP").settings(TargetField.PRIORITY).threshold())
                .isEqualTo(0.8);
    }

    @Test
    void givenStaleVersion_change_returns409NamingBothVersionsAndKeepsTheNewerSave() {
        signedIn(true);
        resource.change("HELP", body(0.9));
        resource.change("HELP", body(0.7));

        Response response = resource.change("HELP", body(0.8, "triage-bot", List.of(), 1L));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(error(response))
                .isEqualTo(
                        "The configuration of project HELP is at version 2, but this change was"
                                + " based on version 1; read it again and repeat the change.");
        assertThat(configs.configFor("HELP").settings(TargetField.PRIORITY).threshold())
                .isEqualTo(0.7);
    }

    @Test
    void givenNegativeVersion_change_returns400NamingIt() {
        signedIn(true);

        Response response = resource.change("HELP", body(0.9, "triage-bot", List.of(), -3L));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("\"version\" must be 0 or more, was -3.");
        assertThat(configs.find("HELP")).isEmpty();
    }

    @Test
    void givenFieldWithoutMode_change_returns400NamingFieldAndModes() {
        signedIn(true);
        ConfigView sent =
                new ConfigView(
                        "HELP",
                        true,
                        Map.of(TargetField.COMPONENT, new ConfigView.FieldView(null, 0.5, 0.5)),
                        null,
                        List.of(),
                        null,
                        false,
                        null);

        Response response = resource.change("HELP", sent);

        assertThat(error(response))
                .isEqualTo(
                        "Field COMPONENT: a mode is required, one of [OFF, SHADOW, SUGGEST,"
                                + " AUTO].");
    }

    @Test
    void givenTooLongAvailability_changeAvailability_returns400WithSizes() {
        signedIn(true);
        String json = "x".repeat(TriageConfigResource.MAX_AVAILABILITY_CHARS + 1);

        Response response = resource.changeAvailability("HELP", json);

        assertThat(error(response))
                .isEqualTo("Availability of project HELP: at most 65536 characters, was 65537.");
    }

    private void judged(long issueId, TargetField field, String time, Feedback feedback) {
        Instant at = Instant.parse(time);
        long id = audit.append(Records.decision(issueId, field, "High", Action.APPLY, at)).id();
        audit.correct(id, new Correction(feedback, "JIRAUSER1", "High", at.plusSeconds(60)));
    }

    private void signedIn(boolean systemAdmin) {
        when(users.getRemoteUserKey()).thenReturn(admin);
        when(users.isSystemAdmin(admin)).thenReturn(systemAdmin);
        when(projects.getProjectByCurrentKey("HELP")).thenReturn(help);
        activeUser("triage-bot");
        activeUser("agent-1");
    }

    private ApplicationUser activeUser(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.isActive()).thenReturn(true);
        when(jiraUsers.getUserByKey(key)).thenReturn(user);
        return user;
    }

    private static String error(Response response) {
        return ((Map<?, ?>) response.getEntity()).get("error").toString();
    }

    @Test
    void givenFieldWithoutThresholdOrTarget_change_storesTheDefaultsNotZero() {
        signedIn(true);
        ConfigView modeOnly =
                new ConfigView(
                        "ignored",
                        true,
                        Map.of(
                                TargetField.PRIORITY,
                                new ConfigView.FieldView(FieldMode.AUTO, null, null)),
                        "triage-bot",
                        List.of(),
                        null,
                        false,
                        null);

        Response response = resource.change("HELP", modeOnly);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(configs.configFor("HELP").settings(TargetField.PRIORITY))
                .isEqualTo(
                        new FieldSettings(
                                FieldMode.AUTO,
                                FieldSettings.DEFAULT_THRESHOLD,
                                FieldSettings.DEFAULT_PRECISION_TARGET));
    }

    private static ConfigView body(double threshold) {
        return body(threshold, "triage-bot", List.of("agent-1"), null);
    }

    private static ConfigView body(
            double threshold, String automationUser, List<String> pool, Long version) {
        return new ConfigView(
                "ignored",
                true,
                Map.of(
                        TargetField.PRIORITY,
                        new ConfigView.FieldView(FieldMode.AUTO, threshold, 0.85)),
                automationUser,
                pool,
                AssignmentStrategy.PREDICTED,
                false,
                version);
    }
}
