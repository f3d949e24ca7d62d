package com.atlassian.jira.application;

import com.atlassian.application.api.ApplicationKey;
import com.atlassian.jira.user.ApplicationUser;

/** Host API stub: whether a user may use an application such as Jira Service Management. */
public interface ApplicationAuthorizationService {
    boolean canUseApplication(ApplicationUser user, ApplicationKey key);
}
