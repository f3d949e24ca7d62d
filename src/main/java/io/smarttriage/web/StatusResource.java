package io.smarttriage.web;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.smarttriage.jira.ServiceDeskPresence;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** REST v2 resource reporting the app's status to system administrators. */
@Path("/status")
@SystemAdminOnly
public class StatusResource {
    private final BuildInfo buildInfo;
    private final ServiceDeskPresence serviceDeskPresence;

    /**
     * Creates the resource; the plugin's Spring context supplies both beans ({@code Inject} tells
     * the REST runtime to use this constructor).
     */
    @Inject
    public StatusResource(BuildInfo buildInfo, ServiceDeskPresence serviceDeskPresence) {
        this.buildInfo = buildInfo;
        this.serviceDeskPresence = serviceDeskPresence;
    }

    /** Returns the app version and whether Jira Service Management is present. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StatusView status() {
        return new StatusView(buildInfo.version(), serviceDeskPresence.isPresent());
    }
}
