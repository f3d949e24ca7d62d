package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Host API stub: permission checks on a project or an issue (only the methods called). */
public interface PermissionManager {
    boolean hasPermission(
            ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
