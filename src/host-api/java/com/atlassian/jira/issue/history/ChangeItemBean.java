package com.atlassian.jira.issue.history;

/** Host API stub: one changed field in an issue's change history (no members used). */
public class ChangeItemBean {}
