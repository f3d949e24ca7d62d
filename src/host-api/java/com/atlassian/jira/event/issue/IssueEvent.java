package com.atlassian.jira.event.issue;

import com.atlassian.jira.event.AbstractEvent;
import com.atlassian.jira.issue.Issue;

/**
 * Host API stub: the event Jira publishes when an issue changes. The app never constructs it, so
 * the stub has no public constructor; tests mock it.
 */
public final class IssueEvent extends AbstractEvent implements IssueRelatedEvent {
    private IssueEvent() {}

    @Override
    public Issue getIssue() {
        throw new UnsupportedOperationException("host API stub");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("host API stub");
    }
}
