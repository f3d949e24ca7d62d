package com.atlassian.jira.event.type;

/**
 * Host API stub: Jira event types. Boxed {@code Long} constants are not inlined by javac, so the
 * app reads the host's value at run time.
 */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;

    private EventType() {}
}
