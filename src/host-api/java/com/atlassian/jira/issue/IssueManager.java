package com.atlassian.jira.issue;

/** Host API stub: loads issues without permission checks. */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);
}
