package io.smarttriage.web;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.smarttriage.forecast.ForecastSettings;
import io.smarttriage.forecast.ForecastSnapshot;
import io.smarttriage.forecast.ForecastView;
import io.smarttriage.forecast.Granularity;
import io.smarttriage.jira.forecast.ForecastStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/**
 * REST v2 resource serving stored workload forecasts to the dashboard gadget. Licensed users only,
 * and only for projects they may browse; it never computes a forecast.
 */
@Path("/forecast")
@LicensedOnly
public class ForecastResource {
    private final JiraAuthenticationContext authentication;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final ForecastStore store;
    private final I18nResolver i18n;

    /** Creates the resource from the plugin's Spring beans. */
    @Inject
    public ForecastResource(
            JiraAuthenticationContext authentication,
            ProjectManager projects,
            PermissionManager permissions,
            ForecastStore store,
            I18nResolver i18n) {
        this.authentication = authentication;
        this.projects = projects;
        this.permissions = permissions;
        this.store = store;
        this.i18n = i18n;
    }

    /**
     * Returns the stored forecast of a project: 200 with the view (state {@code READY}) or an empty
     * state ({@code NO_FORECAST}, {@code NOT_ENOUGH_HISTORY}); 400 for a bad horizon or
     * granularity; 401 without a user; 404 when the project does not exist or the user may not
     * browse it. With {@code category}, the stored forecast of that category (an issue type, see
     * {@link io.smarttriage.jira.forecast.ProjectForecaster}); {@code NO_FORECAST} when it has
     * none.
     */
    @GET
    @Path("/{projectKey}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response forecast(
            @PathParam("projectKey") String projectKey,
            @QueryParam("horizon") @DefaultValue("28") int horizon,
            @QueryParam("granularity") @DefaultValue("day") String granularity,
            @QueryParam("category") String category) {
        Response denied = denied(projectKey);
        if (denied != null) {
            return denied;
        }
        if (horizon < 1 || horizon > ForecastSettings.MAX_HORIZON) {
            return Errors.of(
                    Response.Status.BAD_REQUEST,
                    i18n,
                    "smarttriage.rest.error.forecast.horizon",
                    String.valueOf(ForecastSettings.MAX_HORIZON),
                    String.valueOf(horizon));
        }
        Granularity step;
        try {
            step = Granularity.parse(granularity);
        } catch (IllegalArgumentException e) {
            return Errors.of(
                    Response.Status.BAD_REQUEST,
                    i18n,
                    "smarttriage.rest.error.forecast.granularity",
                    String.valueOf(granularity));
        }
        String key = projects.getProjectByCurrentKey(projectKey).getKey();
        Optional<ForecastSnapshot> snapshot =
                category == null || category.isBlank()
                        ? store.load(key)
                        : store.loadCategory(key, category);
        ForecastView view =
                snapshot.map(s -> ForecastView.of(s, step, horizon))
                        .orElseGet(() -> ForecastView.none(key, step));
        return Response.ok(view).build();
    }

    /** Returns the project's forecast without a category; see the four-argument method. */
    public Response forecast(String projectKey, int horizon, String granularity) {
        return forecast(projectKey, horizon, granularity, null);
    }

    /**
     * Returns the categories of a project with a stored forecast, as {@code {"categories": [...]}};
     * 401 and 404 as for the forecast.
     */
    @GET
    @Path("/{projectKey}/categories")
    @Produces(MediaType.APPLICATION_JSON)
    public Response categories(@PathParam("projectKey") String projectKey) {
        Response denied = denied(projectKey);
        if (denied != null) {
            return denied;
        }
        String key = projects.getProjectByCurrentKey(projectKey).getKey();
        return Response.ok(Map.of("categories", store.categories(key))).build();
    }

    /** Returns the error response when the user may not read the project, else {@code null}. */
    private Response denied(String projectKey) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return Errors.of(
                    Response.Status.UNAUTHORIZED, i18n, "smarttriage.rest.error.forecast.login");
        }
        Project project = projects.getProjectByCurrentKey(projectKey);
        if (project == null
                || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)) {
            return Errors.of(
                    Response.Status.NOT_FOUND,
                    i18n,
                    "smarttriage.rest.error.forecast.project.hidden",
                    projectKey);
        }
        return null;
    }
}
