package com.atlassian.jira.event;

/** Host API stub: base class of Jira events; the app uses none of its members. */
public abstract class AbstractEvent {
    protected AbstractEvent() {}
}
