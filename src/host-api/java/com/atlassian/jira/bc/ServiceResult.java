package com.atlassian.jira.bc;

/** Host API stub: outcome of a Jira service call. No member is called by the app. */
public interface ServiceResult {}
