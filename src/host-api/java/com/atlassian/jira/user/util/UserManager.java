package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Host API stub: Jira's own user manager (distinct from SAL's). */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);
}
