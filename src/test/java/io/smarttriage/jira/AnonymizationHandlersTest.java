package io.smarttriage.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.atlassian.jira.util.SimpleErrorCollection;
import com.atlassian.sal.api.message.I18nResolver;
import io.smarttriage.governance.AssignmentStrategy;
import io.smarttriage.governance.MemoryAuditLog;
import io.smarttriage.governance.MemoryConfigStore;
import io.smarttriage.governance.MemoryExamples;
import io.smarttriage.governance.MemoryPendingWork;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.UserReferences;
import io.smarttriage.jira.forecast.ForecastJobConfig;
import io.smarttriage.jira.forecast.ForecastStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

class AnonymizationHandlersTest {
    private static final String AVAILABILITY =
            """
            {"agents": {"ann": {"absences": [{"from": "2026-12-21T00:00:00Z",
              "until": "2027-01-04T00:00:00Z", "cover": "bob"}]}, "bob": {"paused": true}}}
            """;

    private final MemoryConfigStore configs = new MemoryConfigStore();
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final Map<String, Object> settings = new HashMap<>();
    private final PluginSettingsAvailability availability =
            new PluginSettingsAvailability(
                    MemoryPluginSettings.factory(settings), projects("HELP"), configs);
    private final ForecastStore forecast =
            new ForecastStore(MemoryPluginSettings.factory(settings));
    private final UserReferences references =
            new UserReferences(
                    new MemoryAuditLog(),
                    new MemoryExamples(),
                    new MemoryPendingWork(),
                    configs,
                    availability,
                    forecast);
    private final List<AffectedEntityType> previewed = new ArrayList<>();
    private final List<String> described = new ArrayList<>();
    private final List<Object> counts = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private MockedStatic<AffectedEntity> entities;
    private MockedConstruction<SimpleErrorCollection> errorCollections;
    private MockedConstruction<ServiceResultImpl> results;

    @BeforeEach
    void jira() {
        entities = mockStatic(AffectedEntity.class);
        entities.when(() -> AffectedEntity.newBuilder(any()))
                .thenAnswer(call -> builder(call.getArgument(0)));
        errorCollections =
                mockConstruction(
                        SimpleErrorCollection.class,
                        (collection, context) ->
                                doAnswer(call -> errors.add(call.getArgument(0)))
                                        .when(collection)
                                        .addErrorMessage(anyString()));
        results = mockConstruction(ServiceResultImpl.class);
        when(i18n.getText(anyString(), any())).thenReturn("failed");
        configs.save(
                new ProjectConfig(
                        "HELP",
                        true,
                        Map.of(),
                        "bob",
                        List.of("ann", "bob"),
                        AssignmentStrategy.PREDICTED,
                        false));
    }

    @AfterEach
    void closeMocks() {
        entities.close();
        errorCollections.close();
        results.close();
    }

    @Test
    void givenAutomationUser_anonymizationPreview_asksForAManualChangeAndNamesThePool() {
        TriageUserAnonymizationHandler handler =
                new TriageUserAnonymizationHandler(references, i18n);

        var lines = handler.getAffectedEntities(user("bob"));

        assertThat(lines).hasSize(2);
        assertThat(previewed)
                .containsExactly(AffectedEntityType.ANONYMIZE, AffectedEntityType.MANUAL);
    }

    @Test
    void givenAnonymizedAgent_anonymizationUpdate_removesTheAgentFromThePool() {
        TriageUserAnonymizationHandler handler =
                new TriageUserAnonymizationHandler(references, i18n);

        handler.update(user("bob"));

        assertThat(configs.configFor("HELP").agentPool()).containsExactly("ann");
        assertThat(errors).isEmpty();
        assertThat(results.constructed()).hasSize(1);
    }

    @Test
    void givenChangedKey_keyChangeUpdate_rewritesTheConfiguration() {
        TriageUserKeyChangeHandler handler = new TriageUserKeyChangeHandler(references, i18n);

        handler.update(change("bob", "JIRAUSER10100"));

        assertThat(configs.configFor("HELP").automationUserKey()).isEqualTo("JIRAUSER10100");
        assertThat(errors).isEmpty();
    }

    @Test
    void givenBlankTargetKey_keyChangeUpdate_returnsAnErrorInsteadOfThrowing() {
        TriageUserKeyChangeHandler handler = new TriageUserKeyChangeHandler(references, i18n);

        handler.update(change("bob", ""));

        assertThat(errors).containsExactly("failed");
        verify(i18n).getText(anyString(), any());
        assertThat(configs.configFor("HELP").automationUserKey()).isEqualTo("bob");
    }

    @Test
    void givenUnknownUser_keyChangePreview_isEmpty() {
        TriageUserKeyChangeHandler handler = new TriageUserKeyChangeHandler(references, i18n);

        var lines = handler.getAffectedEntities(change("carol", "JIRAUSER10200"));

        assertThat(lines).isEmpty();
    }

    @Test
    void givenAgentInAvailabilityAndForecastRunAsUser_anonymizationPreview_listsEveryStep() {
        availability.save("HELP", AVAILABILITY);
        forecast.saveConfig(forecastRunningAs("bob"));
        TriageUserAnonymizationHandler handler =
                new TriageUserAnonymizationHandler(references, i18n);

        var lines = handler.getAffectedEntities(user("bob"));

        assertThat(lines).hasSize(4);
        assertThat(previewed)
                .containsExactly(
                        AffectedEntityType.ANONYMIZE,
                        AffectedEntityType.REMOVE,
                        AffectedEntityType.MANUAL,
                        AffectedEntityType.MANUAL);
        assertThat(described)
                .containsExactly(
                        "smarttriage.anonymize.pool",
                        "smarttriage.anonymize.availability",
                        "smarttriage.anonymize.automation",
                        "smarttriage.anonymize.forecast");
    }

    @Test
    void givenAnonymizedAgentAndRunAsUser_anonymizationUpdate_forgetsAvailabilityAndRunAsUser() {
        availability.save("HELP", AVAILABILITY);
        forecast.saveConfig(forecastRunningAs("bob"));
        TriageUserAnonymizationHandler handler =
                new TriageUserAnonymizationHandler(references, i18n);

        handler.update(user("bob"));

        assertThat(errors).isEmpty();
        assertThat(availability.json("HELP").orElseThrow())
                .isEqualTo(
                        "{\"agents\":{\"ann\":{\"absences\":[{\"from\":\"2026-12-21T00:00:00Z\","
                                + "\"until\":\"2027-01-04T00:00:00Z\"}]}}}");
        assertThat(forecast.config()).isEqualTo(forecastRunningAs(null));
        assertThat(references.usage("bob").forecastRunAs()).isFalse();
    }

    @Test
    void givenAvailabilityAndRunAsUser_keyChangePreview_countsThemWithTheProjectSettings() {
        availability.save("HELP", AVAILABILITY);
        forecast.saveConfig(forecastRunningAs("bob"));
        TriageUserKeyChangeHandler handler = new TriageUserKeyChangeHandler(references, i18n);

        var lines = handler.getAffectedEntities(change("bob", "JIRAUSER10100"));

        assertThat(lines).hasSize(1);
        assertThat(described).containsExactly("smarttriage.anonymize.keys");
        assertThat(counts).containsExactly(4L);
    }

    @Test
    void givenChangedKey_keyChangeUpdate_rewritesAvailabilityAndRunAsUser() {
        availability.save("HELP", AVAILABILITY);
        forecast.saveConfig(forecastRunningAs("bob"));
        TriageUserKeyChangeHandler handler = new TriageUserKeyChangeHandler(references, i18n);

        handler.update(change("bob", "JIRAUSER10100"));

        assertThat(errors).isEmpty();
        assertThat(availability.json("HELP").orElseThrow())
                .contains("\"cover\":\"JIRAUSER10100\"", "\"JIRAUSER10100\":{\"paused\":true}")
                .doesNotContain("bob");
        assertThat(forecast.config()).isEqualTo(forecastRunningAs("JIRAUSER10100"));
    }

    private static ForecastJobConfig forecastRunningAs(String userKey) {
        return new ForecastJobConfig(
                userKey, List.of("HELP"), "Europe/Berlin", 365, List.of("2026-12-25"));
    }

    private AffectedEntity.Builder builder(AffectedEntityType type) {
        AffectedEntity.Builder builder = mock(AffectedEntity.Builder.class);
        when(builder.descriptionKey(anyString()))
                .thenAnswer(
                        call -> {
                            described.add(call.getArgument(0));
                            return builder;
                        });
        when(builder.numberOfOccurrences(any()))
                .thenAnswer(
                        call -> {
                            counts.add(call.getArgument(0));
                            return builder;
                        });
        when(builder.build())
                .thenAnswer(
                        call -> {
                            previewed.add(type);
                            return mock(AffectedEntity.class);
                        });
        return builder;
    }

    private static UserAnonymizationParameter user(String key) {
        UserAnonymizationParameter parameter = mock(UserAnonymizationParameter.class);
        when(parameter.getUserKey()).thenReturn(key);
        return parameter;
    }

    private static UserPropertyChangeParameter change(String from, String to) {
        UserPropertyChangeParameter parameter = mock(UserPropertyChangeParameter.class);
        when(parameter.getOriginal()).thenReturn(from);
        when(parameter.getTarget()).thenReturn(to);
        return parameter;
    }

    private static ProjectManager projects(String key) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        ProjectManager projects = mock(ProjectManager.class);
        when(projects.getProjects()).thenReturn(List.of(project));
        return projects;
    }
}
