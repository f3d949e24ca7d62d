package io.smarttriage.web;

import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.smarttriage.governance.ConfigStore;
import io.smarttriage.governance.ProjectConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * REST v2 resource to read and change a project's triage configuration. System administrators only:
 * the REST runtime checks the annotation and the resource checks again itself.
 */
@Path("/triage/config")
@SystemAdminOnly
public class TriageConfigResource {
    private final UserManager users;
    private final ProjectManager projects;
    private final ConfigStore configs;

    /** Creates the resource from the plugin's Spring beans. */
    @Inject
    public TriageConfigResource(UserManager users, ProjectManager projects, ConfigStore configs) {
        this.users = users;
        this.projects = projects;
        this.configs = configs;
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
