package com.atlassian.jira.issue;

/** Host API stub: field values for an issue update (only the setters the app calls). */
public interface IssueInputParameters {
    IssueInputParameters setPriorityId(String priorityId);

    IssueInputParameters setComponentIds(Long... componentIds);
}
