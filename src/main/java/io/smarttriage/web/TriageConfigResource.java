package io.smarttriage.web;

import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.smarttriage.governance.AccuracyTimeline;
import io.smarttriage.governance.AuditLog;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.AvailabilityConfig;
import io.smarttriage.governance.AvailabilityStore;
import io.smarttriage.governance.ConfigStore;
import io.smarttriage.governance.ProjectConfig;
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
import java.util.List;

/**
 * REST v2 resource to read and change a project's triage configuration and its agents' availability
 * (the JSON format of {@link AvailabilityConfig}), and to read the accuracy people measured. System
 * administrators only: the REST runtime checks the annotation and the resource checks again itself.
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
    private final ProjectManager projects;
    private final ConfigStore configs;
    private final AvailabilityStore availability;
    private final AuditLog audit;
    private final Clock clock;

    /** Creates the resource from the plugin's Spring beans. */
    @Inject
    public TriageConfigResource(
            UserManager users,
            ProjectManager projects,
            ConfigStore configs,
            AvailabilityStore availability,
            AuditLog audit) {
        this(users, projects, configs, availability, audit, Clock.systemDefaultZone());
    }

    TriageConfigResource(
            UserManager users,
            ProjectManager projects,
            ConfigStore configs,
            AvailabilityStore availability,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.projects = projects;
        this.configs = configs;
        this.availability = availability;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns the project's configuration (defaults if never saved); 403 or 404 otherwise. */
    @GET
    @Path("/{projectKey}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("projectKey") String projectKey) {
        Response refused = refusal(projectKey);
        return refused != null
                ? refused
                : Response.ok(ConfigView.of(configs.configFor(projectKey))).build();
    }

    /** Replaces the project's configuration; 400 naming the bad value, 403 or 404 otherwise. */
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
            return Errors.of(Response.Status.BAD_REQUEST, "a configuration body is required");
        }
        ProjectConfig config;
        try {
            config = body.toConfig(projectKey);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Errors.of(Response.Status.BAD_REQUEST, String.valueOf(e.getMessage()));
        }
        configs.save(config);
        return Response.ok(ConfigView.of(config)).build();
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
                    "availability of project "
                            + projectKey
                            + ": at most "
                            + MAX_AVAILABILITY_CHARS
                            + " characters, was "
                            + body.length());
        }
        try {
            AvailabilityConfig.validate(
                    body,
                    "availability of project " + projectKey,
                    configs.configFor(projectKey).agentPool());
        } catch (IllegalArgumentException e) {
            return Errors.of(Response.Status.BAD_REQUEST, String.valueOf(e.getMessage()));
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
                    Response.Status.BAD_REQUEST, "days must be 1 to " + MAX_DAYS + ", was " + days);
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
        UserKey user = users.getRemoteUserKey();
        if (user == null || !users.isSystemAdmin(user)) {
            return Errors.of(Response.Status.FORBIDDEN, "only system administrators may do this");
        }
        if (projects.getProjectByCurrentKey(projectKey) == null) {
            return Errors.of(Response.Status.NOT_FOUND, "no project '" + projectKey + "'");
        }
        return null;
    }
}
