package com.atlassian.servicedesk.api;

import com.atlassian.jira.project.Project;

/** Host API stub: JSM's service desk lookup without permission checks. */
public interface ServiceDeskManager {
    ServiceDesk getServiceDeskForProject(Project project);
}
