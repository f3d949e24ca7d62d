package io.smarttriage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.smarttriage.i18n.BundleI18nResolver;
import io.smarttriage.jira.ServiceDeskPresence;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Tests for {@link StatusResource}. */
class StatusResourceTest {

    private final UserManager users = mock(UserManager.class);
    private final UserKey caller = mock(UserKey.class);
    private final StatusResource resource =
            new StatusResource(
                    users, buildInfo("1.2.3"), new PresentJsm(), BundleI18nResolver.english());

    @Test
    void givenSystemAdminAndJsmPresent_status_reportsVersionAndJsm() {
        signedIn(true);

        Response response = resource.status();

        StatusView view = (StatusView) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(view.getVersion()).isEqualTo("1.2.3");
        assertThat(view.isServiceManagementPresent()).isTrue();
    }

    @Test
    void givenUserWhoIsNotSystemAdmin_status_refusesWith403() {
        signedIn(false);

        Response response = resource.status();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(((Map<?, ?>) response.getEntity()).get("error"))
                .isEqualTo("Only system administrators may do this.");
    }

    @Test
    void givenNobodySignedIn_status_refusesWith403() {
        when(users.getRemoteUserKey()).thenReturn(null);

        Response response = resource.status();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void givenResourceClass_annotations_declareAnExplicitSecurityLevel() {
        Class<StatusResource> type = StatusResource.class;

        boolean adminOnly = type.isAnnotationPresent(SystemAdminOnly.class);

        assertThat(adminOnly).isTrue();
        assertThat(type.getAnnotation(Path.class).value()).isEqualTo("/status");
    }

    private void signedIn(boolean systemAdmin) {
        when(users.getRemoteUserKey()).thenReturn(caller);
        when(users.isSystemAdmin(caller)).thenReturn(systemAdmin);
    }

    static BuildInfo buildInfo(String version) {
        Properties properties = new Properties();
        properties.setProperty("version", version);
        return new BuildInfo(properties);
    }

    /** JSM presence that always answers yes. */
    static final class PresentJsm extends ServiceDeskPresence {
        @Override
        public boolean isPresent() {
            return true;
        }
    }
}
