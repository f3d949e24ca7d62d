package io.smarttriage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.smarttriage.jira.ServiceDeskPresence;
import jakarta.ws.rs.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Tests for {@link StatusResource}. */
class StatusResourceTest {

    @Test
    void givenJsmPresent_status_reportsVersionAndJsm() {
        StatusResource resource = new StatusResource(buildInfo("1.2.3"), new PresentJsm());

        StatusView view = resource.status();

        assertThat(view.getVersion()).isEqualTo("1.2.3");
        assertThat(view.isServiceManagementPresent()).isTrue();
    }

    @Test
    void givenResourceClass_annotations_declareAnExplicitSecurityLevel() {
        Class<StatusResource> type = StatusResource.class;

        boolean adminOnly = type.isAnnotationPresent(SystemAdminOnly.class);

        assertThat(adminOnly).isTrue();
        assertThat(type.getAnnotation(Path.class).value()).isEqualTo("/status");
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
