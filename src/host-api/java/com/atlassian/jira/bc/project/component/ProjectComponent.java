package com.atlassian.jira.bc.project.component;

/** Host API stub: a component of a project (only the getters the app calls). */
public interface ProjectComponent {
    Long getId();

    String getName();
}
