package com.atlassian.jira.security.plugin;

/** Host API stub: identifies a project permission. */
public final class ProjectPermissionKey {
    public ProjectPermissionKey(String permissionKey) {}
}
