package io.smarttriage.web;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.smarttriage.jira.ServiceDeskPresence;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * REST v2 resource reporting the app's status to system administrators. The REST runtime checks the
 * annotation and the resource checks again itself.
 */
@Path("/status")
@SystemAdminOnly
public class StatusResource {
    private final UserManager users;
    private final BuildInfo buildInfo;
    private final ServiceDeskPresence serviceDeskPresence;
    private final I18nResolver i18n;

    /**
     * Creates the resource; the plugin's Spring context supplies the beans ({@code Inject} tells
     * the REST runtime to use this constructor).
     */
    @Inject
    public StatusResource(
            UserManager users,
            BuildInfo buildInfo,
            ServiceDeskPresence serviceDeskPresence,
            I18nResolver i18n) {
        this.users = users;
        this.buildInfo = buildInfo;
        this.serviceDeskPresence = serviceDeskPresence;
        this.i18n = i18n;
    }

    /** Returns the app version and whether Jira Service Management is present; 403 otherwise. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response status() {
        UserKey user = users.getRemoteUserKey();
        if (user == null || !users.isSystemAdmin(user)) {
            return Errors.of(Response.Status.FORBIDDEN, i18n, "smarttriage.rest.error.forbidden");
        }
        return Response.ok(new StatusView(buildInfo.version(), serviceDeskPresence.isPresent()))
                .build();
    }
}
