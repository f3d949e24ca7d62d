package com.atlassian.jira.issue.priority;

/** Host API stub: an issue priority; {@code getId}/{@code getName} come from IssueConstant. */
public interface Priority {
    String getId();

    String getName();
}
