package com.atlassian.jira.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Host API stub: project permission checks (only the method the app calls). */
public interface PermissionManager {
    boolean hasPermission(
            ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
