package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/** Host API stub: an event that concerns one issue. */
public interface IssueRelatedEvent {
    Issue getIssue();
}
