package io.smarttriage.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.application.ApplicationAuthorizationService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.smarttriage.governance.AgentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraAgentDirectoryTest {
    private final UserManager users = mock(UserManager.class);
    private final ApplicationAuthorizationService applications =
            mock(ApplicationAuthorizationService.class);
    private final JiraAgentDirectory directory = new JiraAgentDirectory(users, applications);

    @Test
    void givenActiveLicensedInactiveAndUnknownUsers_statusOf_tellsThemApart() {
        ApplicationUser agent = user("JIRAUSER1", true);
        user("JIRAUSER2", false);
        when(applications.canUseApplication(agent, null)).thenReturn(true);

        List<AgentStatus> statuses =
                directory.statusOf(List.of("JIRAUSER1", "JIRAUSER2", "JIRAUSER3"));

        assertThat(statuses)
                .containsExactly(
                        new AgentStatus("JIRAUSER1", true, true),
                        new AgentStatus("JIRAUSER2", false, true),
                        new AgentStatus("JIRAUSER3", false, true));
    }

    @Test
    void givenActiveUserWithoutServiceManagementAccess_statusOf_isUnlicensed() {
        ApplicationUser customer = user("JIRAUSER4", true);
        when(applications.canUseApplication(customer, null)).thenReturn(false);

        List<AgentStatus> statuses = directory.statusOf(List.of("JIRAUSER4"));

        assertThat(statuses).containsExactly(new AgentStatus("JIRAUSER4", true, false));
    }

    @Test
    void givenLicenceServiceUnavailable_statusOf_countsTheUserAsLicensed() {
        user("JIRAUSER5", true);
        when(applications.canUseApplication(any(), any()))
                .thenThrow(new IllegalStateException("service gone"));

        List<AgentStatus> statuses = directory.statusOf(List.of("JIRAUSER5"));

        assertThat(statuses).containsExactly(new AgentStatus("JIRAUSER5", true, true));
    }

    private ApplicationUser user(String key, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.isActive()).thenReturn(active);
        when(users.getUserByKey(key)).thenReturn(user);
        return user;
    }
}
