package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/** Host API stub: keys of the built-in project permissions (only those the app uses). */
public class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS =
            new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
    public static final ProjectPermissionKey ASSIGN_ISSUES =
            new ProjectPermissionKey("ASSIGN_ISSUES");

    public ProjectPermissions() {}
}
