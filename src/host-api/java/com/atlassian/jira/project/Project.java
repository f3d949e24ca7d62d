package com.atlassian.jira.project;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import java.util.Collection;

/** Host API stub: a Jira project (only the getters the app calls). */
public interface Project {
    String getKey();

    Collection<ProjectComponent> getComponents();
}
