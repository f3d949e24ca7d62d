package io.smarttriage.web;

import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.smarttriage.governance.AccuracyTimeline;
import io.smarttriage.governance.AuditLog;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.AvailabilityConfig;
import io.smarttriage.governance.AvailabilityStore;
import io.smarttriage.governance.ConfigStore;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.StaleConfigException;
import io.smarttriage.governance.VersionedConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * REST v2 resource to read and change a project's triage configuration and its agents' availability
 * (the JSON format of {@link AvailabilityConfig}), to read the accuracy people measured and to list
 * the projects with a stored configuration. System administrators only: the REST runtime checks the
 * annotation and the resource checks again itself. Error messages come from the i18n bundle in the
 * caller's language.
 */
@Path("/triage/config")
@SystemAdminOnly
public class TriageConfigResource {
    /** Longest availability JSON accepted, in characters. */
    static final int MAX_AVAILABILITY_CHARS = 65_536;

    /** Most judged decisions read for one accuracy report. */
    static final int MAX_JUDGED = 50_000;

    /** Longest accuracy window, in days. */
    static final int MAX_DAYS = 366;

    private final UserManager users;
    private final com.atlassian.jira.user.util.UserManager jiraUsers;
    private final I18nResolver i18n;
    private final ProjectManager projects;
    private final ConfigStore configs;
    private final AvailabilityStore availability;
    private final AuditLog audit;
    private final Clock clock;

    /** Creates the resource from the plugin's Spring beans. */
    @Inject
    public TriageConfigResource(
            UserManager users,
            com.atlassian.jira.user.util.UserManager jiraUsers,
            I18nResolver i18n,
            ProjectManager projects,
            ConfigStore configs,
            AvailabilityStore availability,
            AuditLog audit) {
        this(
                users,
                jiraUsers,
                i18n,
                projects,
                configs,
                availability,
                audit,
                Clock.systemDefaultZone());
    }

    TriageConfigResource(
            UserManager users,
            com.atlassian.jira.user.util.UserManager jiraUsers,
            I18nResolver i18n,
            ProjectManager projects,
            ConfigStore configs,
            AvailabilityStore availability,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.jiraUsers = jiraUsers;
        this.i18n = i18n;
        this.projects = projects;
        this.configs = configs;
        this.availability = availability;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Returns every project with a stored configuration, sorted by key, with whether triage is
     * enabled and each field's mode; projects Jira no longer knows are marked, not left out. 403
     * for anyone but a system administrator.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        Response refused = forbidden();
        if (refused != null) {
            return refused;
        }
        List<ConfiguredProjectView> list =
                configs.all().stream()
                        .sorted(Comparator.comparing(ProjectConfig::projectKey))
                        .map(
                                c ->
                                        ConfiguredProjectView.of(
                                                c,
                                                projects.getProjectByCurrentKey(c.projectKey())
                                                        != null))
                        .toList();
        return Response.ok(list).build();
    }

    /**
     * Returns the project's configuration with its stored version (defaults at version 0 if never
     * saved); 403 or 404 otherwise.
     */
    @GET
    @Path("/{projectKey}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("projectKey") String projectKey) {
        Response refused = refusal(projectKey);
        return refused != null
                ? refused
                : Response.ok(ConfigView.of(configs.versionedConfigFor(projectKey))).build();
    }

    /**
     * Replaces the project's configuration and returns it with the new version. The automation user
     * and every agent of the pool must be active Jira users. 400 naming each bad value and its rule
     * (nothing is saved), 409 naming both versions when the body carries a version that is no
     * longer the stored one, 403 or 404 otherwise. Without a version the last save wins.
     */
    @PUT
    @Path("/{projectKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("projectKey") String projectKey, ConfigView body) {
        Response refused = refusal(projectKey);
        if (refused != null) {
            return refused;
        }
        if (body == null) {
            return Errors.of(
                    Response.Status.BAD_REQUEST, i18n, "smarttriage.rest.error.config.body");
        }
        ProjectConfig config;
        OptionalLong expected;
        try {
            config = body.toConfig(projectKey);
            expected = body.expectedVersion();
        } catch (InvalidInput e) {
            return Errors.of(Response.Status.BAD_REQUEST, i18n, List.of(e));
        }
        List<InvalidInput> problems = userProblems(config);
        if (!problems.isEmpty()) {
            return Errors.of(Response.Status.BAD_REQUEST, i18n, problems);
        }
        long version;
        try {
            version = configs.save(config, expected);
        } catch (StaleConfigException e) {
            return Errors.of(
                    Response.Status.CONFLICT,
                    i18n,
                    "smarttriage.rest.error.config.stale",
                    projectKey,
                    String.valueOf(e.storedVersion()),
                    String.valueOf(e.expectedVersion()));
        }
        return Response.ok(ConfigView.of(new VersionedConfig(config, version))).build();
    }

    /** Returns a problem for the automation user and each pool agent that is no active user. */
    private List<InvalidInput> userProblems(ProjectConfig config) {
        List<InvalidInput> problems = new ArrayList<>();
        if (config.automationUserKey() != null) {
            checkUser("automationUserKey", config.automationUserKey(), problems);
        }
        List<String> pool = config.agentPool();
        for (int i = 0; i < pool.size(); i++) {
            checkUser("agentPool[" + i + "]", pool.get(i), problems);
        }
        return problems;
    }

    private void checkUser(String setting, String userKey, List<InvalidInput> problems) {
        if (userKey == null || userKey.isBlank()) {
            problems.add(new InvalidInput("smarttriage.rest.error.config.user.missing", setting));
            return;
        }
        ApplicationUser user = jiraUsers.getUserByKey(userKey);
        if (user == null) {
            problems.add(
                    new InvalidInput(
                            "smarttriage.rest.error.config.user.unknown", setting, userKey));
        } else if (!user.isActive()) {
            problems.add(
                    new InvalidInput(
                            "smarttriage.rest.error.config.user.inactive", setting, userKey));
        }
    }

    /** Returns the project's availability JSON; 204 when none is stored (everyone available). */
    @GET
    @Path("/{projectKey}/availability")
    @Produces(MediaType.APPLICATION_JSON)
    public Response readAvailability(@PathParam("projectKey") String projectKey) {
        Response refused = refusal(projectKey);
        if (refused != null) {
            return refused;
        }
        return availability
                .json(projectKey)
                .map(json -> Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> Response.noContent().build());
    }

    /** Replaces the project's availability JSON; 400 naming the bad value, 403 or 404 otherwise. */
    @PUT
    @Path("/{projectKey}/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response changeAvailability(@PathParam("projectKey") String projectKey, String body) {
        Response refused = refusal(projectKey);
        if (refused != null) {
            return refused;
        }
        if (body != null && body.length() > MAX_AVAILABILITY_CHARS) {
            return Errors.of(
                    Response.Status.BAD_REQUEST,
                    i18n,
                    "smarttriage.rest.error.availability.size",
                    projectKey,
                    String.valueOf(MAX_AVAILABILITY_CHARS),
                    String.valueOf(body.length()));
        }
        try {
            AvailabilityConfig.validate(
                    body,
                    "availability of project " + projectKey,
                    configs.configFor(projectKey).agentPool());
        } catch (IllegalArgumentException e) {
            return Errors.of(
                    Response.Status.BAD_REQUEST,
                    i18n,
                    "smarttriage.rest.error.availability.invalid",
                    projectKey,
                    String.valueOf(e.getMessage()));
        }
        availability.save(projectKey, body);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Removes the project's availability JSON, so every agent counts as available; 204. */
    @DELETE
    @Path("/{projectKey}/availability")
    public Response clearAvailability(@PathParam("projectKey") String projectKey) {
        Response refused = refusal(projectKey);
        if (refused != null) {
            return refused;
        }
        availability.clear(projectKey);
        return Response.noContent().build();
    }

    /**
     * Returns the project's measured accuracy per field, over the window and per day (server time
     * zone), from the decisions people kept, changed or rejected; 400 for a window outside 1 to
     * {@value #MAX_DAYS} days, 403 or 404 otherwise.
     *
     * @param days the window: today and the days before it
     */
    @GET
    @Path("/{projectKey}/accuracy")
    @Produces(MediaType.APPLICATION_JSON)
    public Response accuracy(
            @PathParam("projectKey") String projectKey,
            @QueryParam("days") @DefaultValue("30") int days) {
        Response refused = refusal(projectKey);
        if (refused != null) {
            return refused;
        }
        if (days < 1 || days > MAX_DAYS) {
            return Errors.of(
                    Response.Status.BAD_REQUEST,
                    i18n,
                    "smarttriage.rest.error.accuracy.days",
                    String.valueOf(MAX_DAYS),
                    String.valueOf(days));
        }
        ZoneId zone = clock.getZone();
        LocalDate from = LocalDate.now(clock).minusDays(days - 1L);
        List<AuditRecord> judged =
                audit.judgedSince(projectKey, from.atStartOfDay(zone).toInstant(), MAX_JUDGED);
        return Response.ok(
                        AccuracyView.of(
                                projectKey,
                                from.toString(),
                                days,
                                judged.size() >= MAX_JUDGED,
                                AccuracyTimeline.of(judged, zone)))
                .build();
    }

    private Response refusal(String projectKey) {
        Response forbidden = forbidden();
        if (forbidden != null) {
            return forbidden;
        }
        if (projects.getProjectByCurrentKey(projectKey) == null) {
            return Errors.of(
                    Response.Status.NOT_FOUND,
                    i18n,
                    "smarttriage.rest.error.project.unknown",
                    projectKey);
        }
        return null;
    }

    /** Returns 403 unless the caller is a system administrator, else null. */
    private Response forbidden() {
        UserKey user = users.getRemoteUserKey();
        if (user == null || !users.isSystemAdmin(user)) {
            return Errors.of(Response.Status.FORBIDDEN, i18n, "smarttriage.rest.error.forbidden");
        }
        return null;
    }
}
