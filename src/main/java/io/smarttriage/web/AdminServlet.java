package io.smarttriage.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.smarttriage.jira.ServiceDeskPresence;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * The admin page under Manage apps: shows the app version and whether JSM is present, and hosts the
 * per-project triage configuration form the admin-config-resources web-resource draws. Users who
 * are not system administrators are sent to the login page.
 */
public class AdminServlet extends HttpServlet {
    /** Velocity template rendered by this servlet, relative to the jar root. */
    public static final String TEMPLATE = "templates/admin.vm";

    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer templateRenderer;
    private final transient BuildInfo buildInfo;
    private final transient ServiceDeskPresence serviceDeskPresence;

    /** Creates the servlet; the plugin's Spring context supplies every argument. */
    public AdminServlet(
            UserManager userManager,
            LoginUriProvider loginUriProvider,
            TemplateRenderer templateRenderer,
            BuildInfo buildInfo,
            ServiceDeskPresence serviceDeskPresence) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.templateRenderer = templateRenderer;
        this.buildInfo = buildInfo;
        this.serviceDeskPresence = serviceDeskPresence;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null || !userManager.isSystemAdmin(user)) {
            response.sendRedirect(
                    loginUriProvider.getLoginUri(requestUri(request)).toASCIIString());
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        Map<String, Object> context =
                Map.of(
                        "version",
                        buildInfo.version(),
                        "jsmPresent",
                        serviceDeskPresence.isPresent());
        templateRenderer.render(TEMPLATE, context, response.getWriter());
    }

    private static URI requestUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        return URI.create(url.toString());
    }
}
