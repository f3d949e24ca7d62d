package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Collection;

/** Host API stub: a Jira issue (only the getters the app calls). */
public interface Issue extends IssueContext {
    Long getId();

    String getKey();

    Project getProjectObject();

    String getSummary();

    String getDescription();

    Priority getPriority();

    Collection<ProjectComponent> getComponents();

    ApplicationUser getAssignee();

    ApplicationUser getReporter();

    Timestamp getCreated();

    Timestamp getResolutionDate();
}
