package com.atlassian.application.api;

/** Host API stub: the key of an application such as Jira Service Management (no members used). */
public final class ApplicationKey {
    private ApplicationKey() {}
}
