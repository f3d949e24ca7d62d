package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/** Host API stub: the user of the current request. */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();
}
