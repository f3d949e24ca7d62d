package com.atlassian.jira.event.type;

/**
 * Host API stub: Jira event types. Boxed {@code Long} constants are not inlined by javac, so the
 * app reads the host's value at run time.
 */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_ASSIGNED_ID = 3L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_CLOSED_ID = 5L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;

    private EventType() {}
}
