package com.atlassian.jira.project;

import java.util.List;

/** Host API stub: looks up projects. */
public interface ProjectManager {
    Project getProjectByCurrentKey(String projectKey);

    List<Project> getProjects();
}
