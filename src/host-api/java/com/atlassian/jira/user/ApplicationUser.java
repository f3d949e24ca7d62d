package com.atlassian.jira.user;

/** Host API stub: a Jira user (only the getters the app calls). */
public interface ApplicationUser {
    String getKey();

    String getUsername();

    boolean isActive();

    String getDisplayName();
}
