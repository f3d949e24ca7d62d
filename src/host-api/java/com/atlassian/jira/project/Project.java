package com.atlassian.jira.project;

/** Host API stub: a Jira project (only the getters the app calls). */
public interface Project {
    String getKey();
}
