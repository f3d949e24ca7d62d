package io.smarttriage.jira;

import com.atlassian.jira.application.ApplicationAuthorizationService;
import com.atlassian.jira.application.ApplicationKeys;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.smarttriage.governance.AgentDirectory;
import io.smarttriage.governance.AgentStatus;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each pool member's account and licence from Jira: a user key Jira does not know, or an
 * inactive account, is inactive; the agent licence is Jira's answer to whether the user may use
 * Jira Service Management ({@link ApplicationAuthorizationService#canUseApplication}). Where that
 * service does not answer (it is referenced as optional), the user counts as licensed and a warning
 * says so; Jira's own assignment checks then still apply when a value is written.
 */
public class JiraAgentDirectory implements AgentDirectory {
    private static final Logger log = LoggerFactory.getLogger(JiraAgentDirectory.class);

    private final UserManager users;
    private final ApplicationAuthorizationService applications;

    /** Creates the directory over Jira's user manager and application access service. */
    public JiraAgentDirectory(UserManager users, ApplicationAuthorizationService applications) {
        this.users = users;
        this.applications = applications;
    }

    @Override
    public List<AgentStatus> statusOf(List<String> userKeys) {
        List<AgentStatus> statuses = new ArrayList<>(userKeys.size());
        for (String key : userKeys) {
            ApplicationUser user = users.getUserByKey(key);
            boolean active = user != null && user.isActive();
            statuses.add(new AgentStatus(key, active, !active || licensed(user)));
        }
        return statuses;
    }

    private boolean licensed(ApplicationUser user) {
        try {
            return applications.canUseApplication(user, ApplicationKeys.SERVICE_DESK);
        } catch (RuntimeException e) {
            log.warn(
                    "Agent licences cannot be checked ({}); pool members count as licensed",
                    e.getClass().getName());
            return true;
        }
    }
}
