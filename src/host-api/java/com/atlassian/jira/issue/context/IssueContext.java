package com.atlassian.jira.issue.context;

/** Host API stub: the project and issue type an issue lives in (no members called). */
public interface IssueContext {}
