package io.smarttriage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Tests for {@link AdminServlet} with SAL and the template renderer mocked. */
class AdminServletTest {
    private static final String PAGE = "https://jira.example/plugins/servlet/smart-triage/admin";
    private static final URI LOGIN = URI.create("https://jira.example/login.jsp");

    private final UserManager userManager = mock(UserManager.class);
    private final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final AdminServlet servlet =
            new AdminServlet(
                    userManager,
                    loginUriProvider,
                    renderer,
                    StatusResourceTest.buildInfo("1.2.3"),
                    new StatusResourceTest.PresentJsm());

    @Test
    void givenAnonymousUser_doGet_redirectsToLoginReturningToThePage() throws Exception {
        when(request.getRequestURL()).thenReturn(new StringBuffer(PAGE));
        when(loginUriProvider.getLoginUri(URI.create(PAGE))).thenReturn(LOGIN);

        servlet.doGet(request, response);

        verify(response).sendRedirect(LOGIN.toString());
        verify(renderer, never()).render(any(), anyMap(), any());
    }

    @Test
    void givenSystemAdmin_doGet_rendersAdminTemplateWithVersionAndJsm() throws Exception {
        UserKey admin = mock(UserKey.class);
        when(userManager.getRemoteUserKey()).thenReturn(admin);
        when(userManager.isSystemAdmin(admin)).thenReturn(true);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));

        servlet.doGet(request, response);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(AdminServlet.TEMPLATE), context.capture(), any(Writer.class));
        assertThat(context.getValue())
                .containsEntry("version", "1.2.3")
                .containsEntry("jsmPresent", true);
    }
}
