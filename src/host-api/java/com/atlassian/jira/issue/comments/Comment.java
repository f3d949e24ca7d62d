package com.atlassian.jira.issue.comments;

/** Host API stub: a Jira comment; the app only receives it. */
public interface Comment {}
