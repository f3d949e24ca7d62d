package com.atlassian.jira.issue;

/** Host API stub: an issue as loaded for change; the app only reads it. */
public interface MutableIssue extends Issue {}
