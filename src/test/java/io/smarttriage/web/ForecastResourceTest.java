package io.smarttriage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.smarttriage.forecast.ForecastView;
import io.smarttriage.forecast.Snapshots;
import io.smarttriage.i18n.BundleI18nResolver;
import io.smarttriage.jira.forecast.ForecastStore;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link ForecastResource} with the Jira boundary mocked. */
class ForecastResourceTest {
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ForecastStore store = mock(ForecastStore.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final Project project = mock(Project.class);
    private final ForecastResource resource =
            new ForecastResource(
                    authentication, projects, permissions, store, BundleI18nResolver.english());

    @Test
    void givenStoredForecastAndBrowsePermission_forecast_returnsTheView() {
        visibleProject();
        when(store.load("HELP")).thenReturn(Optional.of(Snapshots.of("HELP", 120)));

        Response response = resource.forecast("HELP", 14, "day");

        assertThat(response.getStatus()).isEqualTo(200);
        ForecastView view = (ForecastView) response.getEntity();
        assertThat(view.state()).isEqualTo(ForecastView.READY);
        assertThat(view.forecast()).hasSize(14);
        assertThat(view.granularity()).isEqualTo("day");
    }

    @Test
    void givenHourGranularity_forecast_returnsHourlyPoints() {
        visibleProject();
        when(store.load("HELP")).thenReturn(Optional.of(Snapshots.of("HELP", 120)));

        Response response = resource.forecast("HELP", 2, "HOUR");

        ForecastView view = (ForecastView) response.getEntity();
        assertThat(view.granularity()).isEqualTo("hour");
        assertThat(view.forecast()).hasSize(48);
    }

    @Test
    void givenNothingStored_forecast_returnsTheNoForecastState() {
        visibleProject();
        when(store.load("HELP")).thenReturn(Optional.empty());

        Response response = resource.forecast("HELP", 28, "day");

        assertThat(response.getStatus()).isEqualTo(200);
        ForecastView view = (ForecastView) response.getEntity();
        assertThat(view.state()).isEqualTo(ForecastView.NO_FORECAST);
        assertThat(view.project()).isEqualTo("HELP");
    }

    @Test
    void givenUnknownProject_forecast_is404AndReadsNothing() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(projects.getProjectByCurrentKey("NOPE")).thenReturn(null);

        Response response = resource.forecast("NOPE", 28, "day");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(error(response))
                .isEqualTo(
                        "No project \"NOPE\" to show: it does not exist or you may not browse"
                                + " it.");
        verify(store, never()).load("NOPE");
    }

    @Test
    void givenProjectTheUserMayNotBrowse_forecast_is404LikeAnUnknownProject() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(projects.getProjectByCurrentKey("HR")).thenReturn(project);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user))
                .thenReturn(false);

        Response response = resource.forecast("HR", 28, "day");

        assertThat(response.getStatus()).isEqualTo(404);
        verify(store, never()).load("HR");
    }

    @Test
    void givenNoLoggedInUser_forecast_is401() {
        when(authentication.getLoggedInUser()).thenReturn(null);

        Response response = resource.forecast("HELP", 28, "day");

        assertThat(response.getStatus()).isEqualTo(401);
        verify(projects, never()).getProjectByCurrentKey("HELP");
    }

    @Test
    void givenHorizonAboveEightWeeks_forecast_is400NamingTheRule() {
        visibleProject();

        Response response = resource.forecast("HELP", 57, "day");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response))
                .isEqualTo("Query parameter \"horizon\" must be 1 to 56 days, was 57.");
    }

    @Test
    void givenUnknownGranularity_forecast_is400NamingTheValue() {
        visibleProject();

        Response response = resource.forecast("HELP", 28, "minute");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response))
                .isEqualTo(
                        "Query parameter \"granularity\" must be \"day\" or \"hour\","
                                + " was \"minute\".");
    }

    @Test
    void givenResourceClass_annotations_declareLicensedAccessAndThePath() {
        Class<ForecastResource> type = ForecastResource.class;

        boolean licensed = type.isAnnotationPresent(LicensedOnly.class);

        assertThat(licensed).isTrue();
        assertThat(type.getAnnotation(Path.class).value()).isEqualTo("/forecast");
    }

    @Test
    void givenStoredCategory_forecastWithCategory_returnsTheCategoryView() {
        visibleProject();
        when(store.loadCategory("HELP", "Incident"))
                .thenReturn(Optional.of(Snapshots.of("HELP", 90)));

        Response response = resource.forecast("HELP", 7, "day", "Incident");

        ForecastView view = (ForecastView) response.getEntity();
        assertThat(view.state()).isEqualTo(ForecastView.READY);
        assertThat(view.forecast()).hasSize(7);
        verify(store, never()).load("HELP");
    }

    @Test
    void givenCategoryWithoutForecast_forecastWithCategory_returnsNoForecast() {
        visibleProject();
        when(store.loadCategory("HELP", "Change")).thenReturn(Optional.empty());

        Response response = resource.forecast("HELP", 7, "day", "Change");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(((ForecastView) response.getEntity()).state())
                .isEqualTo(ForecastView.NO_FORECAST);
    }

    @Test
    void givenStoredCategories_categories_listsThem() {
        visibleProject();
        when(store.categories("HELP")).thenReturn(List.of("Incident", "Service request"));

        Response response = resource.categories("HELP");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getEntity())
                .isEqualTo(Map.of("categories", List.of("Incident", "Service request")));
    }

    @Test
    void givenNoBrowsePermission_categories_isNotFoundAndReadsNothing() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(projects.getProjectByCurrentKey("HELP")).thenReturn(project);

        Response response = resource.categories("HELP");

        assertThat(response.getStatus()).isEqualTo(404);
        verify(store, never()).categories("HELP");
    }

    private void visibleProject() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(projects.getProjectByCurrentKey("HELP")).thenReturn(project);
        when(project.getKey()).thenReturn("HELP");
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user))
                .thenReturn(true);
    }

    private static String error(Response response) {
        return ((Map<?, ?>) response.getEntity()).get("error").toString();
    }
}
