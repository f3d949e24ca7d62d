package io.smarttriage.web;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.smarttriage.jira.forecast.ForecastJobConfig;
import io.smarttriage.jira.forecast.ForecastStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * REST v2 resource to read, replace and remove the settings of the nightly forecast job (the JSON
 * of {@link ForecastJobConfig}). System administrators only: the REST runtime checks the annotation
 * and the resource checks again itself.
 */
@Path("/forecast-job/config")
@SystemAdminOnly
public class ForecastJobConfigResource {
    /** Longest settings JSON accepted, in characters. */
    static final int MAX_CONFIG_CHARS = 65_536;

    private final UserManager users;
    private final com.atlassian.jira.user.util.UserManager jiraUsers;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final ForecastStore store;
    private final I18nResolver i18n;

    /** Creates the resource from the plugin's Spring beans. */
    @Inject
    public ForecastJobConfigResource(
            UserManager users,
            com.atlassian.jira.user.util.UserManager jiraUsers,
            ProjectManager projects,
            PermissionManager permissions,
            ForecastStore store,
            I18nResolver i18n) {
        this.users = users;
        this.jiraUsers = jiraUsers;
        this.projects = projects;
        this.permissions = permissions;
        this.store = store;
        this.i18n = i18n;
    }

    /**
     * Returns the stored settings as the job reads them (defaults filled in); 204 when none are
     * stored, 500 naming the problem when the stored text is unreadable, 403 otherwise.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response read() {
        Response refused = refusal();
        if (refused != null) {
            return refused;
        }
        Optional<ForecastJobConfig> stored;
        try {
            stored = store.storedConfig();
        } catch (IllegalStateException e) {
            return Errors.of(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    i18n,
                    "smarttriage.rest.error.forecast.unreadable",
                    String.valueOf(e.getMessage()));
        }
        return stored.map(
                        config ->
                                Response.ok(store.toJson(config), MediaType.APPLICATION_JSON_TYPE)
                                        .build())
                .orElseGet(() -> Response.noContent().build());
    }

    /**
     * Replaces the settings after checking them against Jira: the run-as user and every listed
     * project must exist, that user must be active and able to browse each project. Project keys
     * are stored as Jira spells them. Returns the stored JSON; 400 naming the bad value and the
     * rule, 403 otherwise.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response change(String body) {
        Response refused = refusal();
        if (refused != null) {
            return refused;
        }
        if (body == null || body.isBlank()) {
            return Errors.of(
                    Response.Status.BAD_REQUEST, i18n, "smarttriage.rest.error.forecast.body");
        }
        if (body.length() > MAX_CONFIG_CHARS) {
            return Errors.of(
                    Response.Status.BAD_REQUEST,
                    i18n,
                    "smarttriage.rest.error.forecast.size",
                    String.valueOf(MAX_CONFIG_CHARS),
                    String.valueOf(body.length()));
        }
        ForecastJobConfig sent;
        try {
            sent = store.parseConfig(body);
        } catch (IllegalArgumentException e) {
            return Errors.of(
                    Response.Status.BAD_REQUEST,
                    i18n,
                    "smarttriage.rest.error.forecast.invalid",
                    String.valueOf(e.getMessage()));
        }
        List<InvalidInput> problems = new ArrayList<>();
        ApplicationUser runAs = runAsUser(sent.runAsUserKey(), problems);
        List<String> keys = projectKeys(sent.projects(), runAs, problems);
        if (!problems.isEmpty()) {
            return Errors.of(Response.Status.BAD_REQUEST, i18n, problems);
        }
        ForecastJobConfig config =
                new ForecastJobConfig(
                        sent.runAsUserKey(),
                        keys,
                        sent.zone(),
                        sent.historyDays(),
                        sent.holidays(),
                        sent.issueTypes());
        return Response.ok(store.saveConfig(config), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Removes the settings, so the job forecasts nothing until new ones are stored; 204. */
    @DELETE
    public Response clear() {
        Response refused = refusal();
        if (refused != null) {
            return refused;
        }
        store.clearConfig();
        return Response.noContent().build();
    }

    /** Returns the run-as user, or {@code null} after adding the problem to {@code problems}. */
    private ApplicationUser runAsUser(String key, List<InvalidInput> problems) {
        if (key == null || key.isBlank()) {
            problems.add(new InvalidInput("smarttriage.rest.error.forecast.runas.missing"));
            return null;
        }
        ApplicationUser user = jiraUsers.getUserByKey(key);
        if (user == null) {
            problems.add(new InvalidInput("smarttriage.rest.error.forecast.runas.unknown", key));
        } else if (!user.isActive()) {
            problems.add(new InvalidInput("smarttriage.rest.error.forecast.runas.inactive", key));
        }
        return user;
    }

    /**
     * Returns the keys as Jira spells them, adding a problem for each unknown or repeated one and
     * for each project {@code runAs} may not browse (the job would count no requests there).
     */
    private List<String> projectKeys(
            List<String> sent, ApplicationUser runAs, List<InvalidInput> problems) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            String entry = String.valueOf(i + 1);
            Project project = projects.getProjectByCurrentKey(sent.get(i));
            if (project == null) {
                problems.add(
                        new InvalidInput(
                                "smarttriage.rest.error.forecast.project.unknown",
                                entry,
                                String.valueOf(sent.get(i))));
                continue;
            }
            String key = project.getKey();
            if (keys.contains(key)) {
                problems.add(
                        new InvalidInput(
                                "smarttriage.rest.error.forecast.project.twice", entry, key));
            } else if (runAs != null
                    && !permissions.hasPermission(
                            ProjectPermissions.BROWSE_PROJECTS, project, runAs)) {
                problems.add(
                        new InvalidInput(
                                "smarttriage.rest.error.forecast.project.browse",
                                entry,
                                runAs.getKey(),
                                key));
            }
            keys.add(key);
        }
        return keys;
    }

    private Response refusal() {
        UserKey user = users.getRemoteUserKey();
        if (user == null || !users.isSystemAdmin(user)) {
            return Errors.of(Response.Status.FORBIDDEN, i18n, "smarttriage.rest.error.forbidden");
        }
        return null;
    }
}
