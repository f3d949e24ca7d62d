package com.atlassian.jira.application;

import com.atlassian.application.api.ApplicationKey;

/** Host API stub: keys of the applications Jira knows about (only the one the app reads). */
public final class ApplicationKeys {
    /** Jira Service Management; an object constant, read from the host class at run time. */
    public static final ApplicationKey SERVICE_DESK = null;

    private ApplicationKeys() {}
}
