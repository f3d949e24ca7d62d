package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.context.IssueContext;

/** Host API stub: priority schemes (only the default-priority lookup the app calls). */
public interface PrioritySchemeManager {
    String getDefaultOption(IssueContext issueContext);
}
